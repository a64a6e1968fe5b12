package news.akhbar.common.http;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;

/**
 * RFC 7396 JSON merge patch over a request record: the fields sent replace the current ones, {@code null} clears
 * one, the rest stays. The result is read and validated like a full request, so a typo is a 400, not a no-op.
 */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {}

    public static <T> T apply(ObjectMapper mapper, Validator validator, T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, "A merge patch is a JSON object.");
        }
        ObjectNode target = mapper.valueToTree(current);
        merge(target, (ObjectNode) patch);
        T result;
        try {
            result = mapper.treeToValue(target, type);
        } catch (JsonProcessingException e) {
            throw new PatchReadException(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode nested) {
                merge(nested, (ObjectNode) value);
            } else {
                target.set(field.getKey(), value);
            }
        }
    }

    /** Carries Jackson's own exception to the problem mappers, which name the offending field. */
    public static final class PatchReadException extends RuntimeException {
        PatchReadException(JsonProcessingException cause) {
            super(cause);
        }

        public JsonProcessingException json() {
            return (JsonProcessingException) getCause();
        }
    }
}
