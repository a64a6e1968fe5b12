package news.akhbar.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import news.akhbar.support.TestData;
import news.akhbar.support.TestImages;

/** The store that several instances share (akhbar.media.store=database), on whichever database the suite runs. */
@QuarkusTest
class DatabaseMediaStoreTest {

    @Inject
    DatabaseMediaStore store;

    @Inject
    TestData data;

    @BeforeEach
    void reset() {
        data.reset();
    }

    @Test
    void shouldGiveBackEveryRenditionByteForByteUntilItIsDeleted() {
        byte[] small = TestImages.jpeg(320, 200);
        byte[] large = TestImages.png(1600, 1000);
        QuarkusTransaction.requiringNew().run(() -> store.put("k3yOfSixteenChars", Map.of(320, small, 1600, large)));

        QuarkusTransaction.requiringNew().run(() -> {
            assertArrayEquals(small, store.get("k3yOfSixteenChars", 320).orElseThrow());
            assertArrayEquals(large, store.get("k3yOfSixteenChars", 1600).orElseThrow());
            assertTrue(store.get("k3yOfSixteenChars", 640).isEmpty());
        });
        QuarkusTransaction.requiringNew().run(() -> store.delete("k3yOfSixteenChars"));
        QuarkusTransaction.requiringNew()
                .run(() -> assertTrue(store.get("k3yOfSixteenChars", 320).isEmpty()));
    }
}
