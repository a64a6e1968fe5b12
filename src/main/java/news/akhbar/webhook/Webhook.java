package news.akhbar.webhook;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import news.akhbar.common.persistence.BaseEntity;

@Entity
class Webhook extends BaseEntity {

    @Column(nullable = false)
    String url;

    /** {@code whsec_} and the base64 of the key: the receiver needs it to check signatures, so it is kept. */
    @Column(nullable = false)
    String secret;

    /** Each type between spaces, so that one is found with {@code like '% type %'}. */
    @Column(nullable = false)
    String events;

    String description;

    List<String> eventTypes() {
        return Arrays.stream(events.strip().split(" "))
                .filter(type -> !type.isEmpty())
                .toList();
    }

    boolean subscribes(String type) {
        return events.contains(" " + type + " ");
    }
}
