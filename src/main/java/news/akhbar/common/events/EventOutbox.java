package news.akhbar.common.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.akhbar.common.time.Times;

/**
 * Events for integrations (webhooks), written to {@code outbox_event} in the transaction of the change they announce:
 * they exist if and only if the change commits. The payload is the Standard Webhooks shape: type, timestamp, data.
 */
@ApplicationScoped
public class EventOutbox {

    public static final String ARTICLE_PUBLISHED = "article.published";
    public static final String ARTICLE_UPDATED = "article.updated";
    public static final String ARTICLE_UNPUBLISHED = "article.unpublished";
    public static final String ARTICLE_DELETED = "article.deleted";
    public static final String COMMENT_APPROVED = "comment.approved";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** {@code data}: public data only (what the public API shows), serialized as the API serializes it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void emit(String type, Object data) {
        OffsetDateTime now = Times.now(clock);
        em.createNativeQuery("insert into outbox_event (event_type, payload, created_at, expanded)"
                        + " values (:type, :payload, :at, false)")
                .setParameter("type", type)
                .setParameter("payload", payload(json, type, now, data))
                .setParameter("at", now)
                .executeUpdate();
    }

    public static String payload(ObjectMapper json, String type, OffsetDateTime at, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", at);
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event could not be serialized", e);
        }
    }
}
