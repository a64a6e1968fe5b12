package news.akhbar.common.http;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Bodies are read as the contract types them: a number or a boolean is not taken for a string (nor a string for a
 * number), nothing may follow the JSON document, and a string holds whole characters only. A client that sends {@code "title": 5} has a bug to be told of.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.registerModule(new SimpleModule("akhbar-strict-json")
                .addDeserializer(OffsetDateTime.class, new FourDigitYears())
                .addDeserializer(String.class, new WholeCharacters()));
        for (CoercionInputShape scalar : new CoercionInputShape[] {
            CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
    }

    /**
     * Date-times whose year, in UTC, has four digits: both databases keep those and no article is published outside
     * them ({@code +999999999-12-31T23:59:59-18:00} is valid ISO-8601, and overflows once moved to UTC).
     */
    static final class FourDigitYears extends StdDeserializer<OffsetDateTime> {

        FourDigitYears() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            OffsetDateTime value = InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
            if (value == null) {
                return null;
            }
            try {
                int year = value.withOffsetSameInstant(ZoneOffset.UTC).getYear();
                if (year >= 1 && year <= 9999) {
                    return value;
                }
            } catch (DateTimeException e) {
                // out of range once in UTC: refused below
            }
            throw context.weirdStringException(parser.getText(), OffsetDateTime.class, "a year from 1 to 9999");
        }
    }

    /**
     * Strings of whole, storable Unicode characters: JSON can escape half of a surrogate pair ({@code "\\ud800"}),
     * which is no character, cannot be written as UTF-8, and would be stored as one and served as another; and NUL
     * ({@code "\\u0000"}), which PostgreSQL refuses in text (a 500 there, found by ContractFuzzTest).
     */
    static final class WholeCharacters extends StdScalarDeserializer<String> {

        WholeCharacters() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && !isStorable(value)) {
                throw context.weirdStringException(
                        "(not shown)", String.class, "text without NUL or a lone UTF-16 surrogate (half a character)");
            }
            return value;
        }

        static boolean isStorable(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c)
                        && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c) || c == '\u0000') {
                    return false;
                }
            }
            return true;
        }
    }
}
