package news.akhbar.webhook;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import news.akhbar.common.events.EventOutbox;
import news.akhbar.common.http.PageInfo;
import news.akhbar.common.http.PageRequest;
import news.akhbar.common.http.Paged;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.time.Times;
import news.akhbar.webhook.WebhookDtos.DeliveryResponse;
import news.akhbar.webhook.WebhookDtos.WebhookRequest;
import news.akhbar.webhook.WebhookDtos.WebhookResponse;

/** Registered webhooks and their deliveries, for the management API. */
@ApplicationScoped
class WebhookService {

    static final Set<String> EVENT_TYPES = Set.of(
            EventOutbox.ARTICLE_PUBLISHED,
            EventOutbox.ARTICLE_UPDATED,
            EventOutbox.ARTICLE_UNPUBLISHED,
            EventOutbox.ARTICLE_DELETED,
            EventOutbox.COMMENT_APPROVED);

    static final String PING = "ping";

    @Inject
    WebhookConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional
    WebhookResponse create(WebhookRequest request) {
        URI url;
        try {
            url = URI.create(request.url().strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("url", "not a URL");
        }
        String scheme = url.getScheme();
        if (scheme == null
                || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || url.getHost() == null) {
            throw ProblemException.invalidField("url", "must be an absolute http or https URL");
        }
        Set<String> events = new LinkedHashSet<>();
        for (String type : request.events()) {
            if (!EVENT_TYPES.contains(type.strip())) {
                throw ProblemException.invalidField(
                        "events", "unknown event type '" + type + "'; known: " + String.join(", ", EVENT_TYPES));
            }
            events.add(type.strip());
        }
        String secret = request.secret() == null || request.secret().isBlank()
                ? WebhookSignature.newSecret()
                : request.secret().strip();
        String problem = WebhookSignature.problem(secret);
        if (problem != null) {
            throw ProblemException.invalidField("secret", problem);
        }
        Webhook hook = new Webhook();
        hook.url = url.toString();
        hook.secret = secret;
        hook.events = " " + String.join(" ", events) + " ";
        hook.description = request.description();
        hook.persist();
        hook.flush();
        return WebhookResponse.from(hook, true);
    }

    @Transactional
    Paged<WebhookResponse> list(PageRequest page) {
        long total = Webhook.count();
        List<WebhookResponse> items =
                Webhook.<Webhook>find("order by id").range(page.first(), page.last()).list().stream()
                        .map(hook -> WebhookResponse.from(hook, false))
                        .toList();
        return new Paged<>(items, PageInfo.of(page, total));
    }

    @Transactional
    WebhookResponse get(long id) {
        return WebhookResponse.from(require(id), false);
    }

    @Transactional
    void delete(long id) {
        require(id).delete();
    }

    /** A {@code ping} to this webhook alone, delivered like any event. */
    @Transactional
    DeliveryResponse ping(long id) {
        Webhook hook = require(id);
        OffsetDateTime now = Times.now(clock);
        WebhookDelivery delivery = newDelivery(
                hook.id, null, PING, EventOutbox.payload(json, PING, now, Map.of("webhookId", hook.id)), now);
        delivery.persist();
        delivery.flush();
        return DeliveryResponse.from(delivery);
    }

    /** Newest first. */
    @Transactional
    Paged<DeliveryResponse> deliveries(long webhookId, PageRequest page) {
        require(webhookId);
        long total = WebhookDelivery.count("webhookId", webhookId);
        List<DeliveryResponse> items = WebhookDelivery.<WebhookDelivery>find(
                        "webhookId = ?1 order by id desc", webhookId)
                .range(page.first(), page.last())
                .list()
                .stream()
                .map(DeliveryResponse::from)
                .toList();
        return new Paged<>(items, PageInfo.of(page, total));
    }

    /** Sends it again (whatever its status), with a new retry window. */
    @Transactional
    DeliveryResponse redeliver(long webhookId, long deliveryId) {
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null || delivery.webhookId != webhookId) {
            throw ProblemException.notFound("Webhook " + webhookId + " has no delivery " + deliveryId + ".");
        }
        OffsetDateTime now = Times.now(clock);
        delivery.status = WebhookDelivery.Status.PENDING.name();
        delivery.nextAttemptAt = now;
        delivery.giveUpAt = now.plus(config.retryFor());
        delivery.lockedUntil = null;
        return DeliveryResponse.from(delivery);
    }

    WebhookDelivery newDelivery(long webhookId, Long eventId, String type, String payload, OffsetDateTime now) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.webhookId = webhookId;
        delivery.eventId = eventId;
        delivery.eventType = type;
        delivery.payload = payload;
        delivery.status = WebhookDelivery.Status.PENDING.name();
        delivery.nextAttemptAt = now;
        delivery.giveUpAt = now.plus(config.retryFor());
        delivery.createdAt = now;
        return delivery;
    }

    private static Webhook require(long id) {
        Webhook hook = Webhook.findById(id);
        if (hook == null) {
            throw ProblemException.notFound("No webhook has the id " + id + ".");
        }
        return hook;
    }
}
