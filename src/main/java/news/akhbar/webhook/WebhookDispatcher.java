package news.akhbar.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

import news.akhbar.common.events.DueEvents;
import news.akhbar.common.time.Times;

/**
 * Delivers webhooks from the database, on every instance: turns new outbox events into one delivery per subscribed
 * webhook, then sends the deliveries that are due. Each delivery is claimed first ({@code locked_until}), so two
 * instances never send it at the same time; a crash leaves it pending, and the claim lapses.
 */
@ApplicationScoped
class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int MAX_ERROR = 1000;
    private static final int EXPAND_BATCH = 200;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookService service;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Instance<DueEvents> due;

    private HttpClient http;
    private OffsetDateTime lastPurge;
    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent event) {
        http = HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                // A redirect could lead anywhere, an internal address included: it counts as an answer.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "akhbar-webhooks");
            thread.setDaemon(true);
            return thread;
        });
        long poll = config.poll().toMillis();
        timer.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS);
    }

    /** Before the database closes (H2Compaction runs after this): a round in flight gets a moment to finish. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (timer != null) {
            timer.shutdown();
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
        }
    }

    private void poll() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook delivery round failed; the next one retries");
        }
    }

    /** One round; returns how many deliveries it attempted. */
    synchronized int runOnce() {
        due.forEach(DueEvents::release);
        purge();
        // Batches of events until the backlog is read (an import or a burst of news leaves many at once).
        for (int batch = 0; batch < 50 && QuarkusTransaction.requiringNew().call(this::expand); batch++) {
            // Next batch.
        }
        return deliverDue();
    }

    /** True when the batch was full: more may follow. */
    private boolean expand() {
        List<Object[]> events = em.createNativeQuery(
                        "select id, event_type, payload, created_at from outbox_event where expanded = false order by id",
                        Object[].class)
                .setMaxResults(EXPAND_BATCH)
                .getResultList();
        if (events.isEmpty()) {
            return false;
        }
        List<Webhook> hooks = Webhook.listAll();
        OffsetDateTime now = Times.now(clock);
        for (Object[] event : events) {
            long id = ((Number) event[0]).longValue();
            // The instance whose update flips the flag expands the event, once.
            int won = em.createNativeQuery(
                            "update outbox_event set expanded = true where id = :id and expanded = false")
                    .setParameter("id", id)
                    .executeUpdate();
            if (won == 0) {
                continue;
            }
            String type = (String) event[1];
            OffsetDateTime at = Times.fromDatabase(event[3]);
            for (Webhook hook : hooks) {
                // A webhook hears of what happened after it was registered, not before.
                if (hook.subscribes(type) && !hook.createdAt.isAfter(at)) {
                    service.newDelivery(hook.id, id, type, (String) event[2], now)
                            .persist();
                }
            }
        }
        return events.size() == EXPAND_BATCH;
    }

    /**
     * About once an hour: expanded events once no delivery can need them any more, and finished deliveries past
     * {@code akhbar.webhooks.history}. Pending deliveries stay, however old.
     */
    private void purge() {
        OffsetDateTime now = Times.now(clock);
        if (lastPurge != null && now.isBefore(lastPurge.plusHours(1))) {
            return;
        }
        lastPurge = now;
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from outbox_event where expanded = true and created_at < :before")
                    .setParameter("before", now.minus(config.history()))
                    .executeUpdate();
            em.createNativeQuery("delete from webhook_delivery where status <> 'PENDING' and created_at < :before")
                    .setParameter("before", now.minus(config.history()))
                    .executeUpdate();
        });
    }

    private int deliverDue() {
        OffsetDateTime now = Times.now(clock);
        List<Long> dueIds = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= :now"
                                        + " and (locked_until is null or locked_until < :now)"
                                        + " order by next_attempt_at, id",
                                Long.class)
                        .setParameter("now", now)
                        .setMaxResults(config.batchSize())
                        .getResultList());
        int attempted = 0;
        for (Long id : dueIds) {
            OffsetDateTime until = now.plus(config.timeout().multipliedBy(2)).plusSeconds(5);
            int claimed = QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery("update webhook_delivery set locked_until = :until where id = :id"
                                    + " and status = 'PENDING' and (locked_until is null or locked_until < :now)")
                            .setParameter("until", until)
                            .setParameter("id", id)
                            .setParameter("now", now)
                            .executeUpdate());
            if (claimed == 1) {
                attempt(id);
                attempted++;
            }
        }
        return attempted;
    }

    private record Target(String url, String secret, String messageId, String payload) {}

    private record Outcome(Integer status, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private void attempt(long id) {
        Target target = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(id);
            Webhook hook = delivery == null ? null : Webhook.findById(delivery.webhookId);
            return hook == null ? null : new Target(hook.url, hook.secret, delivery.messageId(), delivery.payload);
        });
        if (target == null) {
            return;
        }
        Outcome outcome = send(target);
        QuarkusTransaction.requiringNew().run(() -> record(id, outcome));
    }

    private Outcome send(Target target) {
        URI url = URI.create(target.url());
        String refusal = AddressPolicy.refusal(url, config.allowPrivateAddresses());
        if (refusal != null) {
            return new Outcome(null, refusal);
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(config.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Akhbar-Webhooks/1")
                .header("webhook-id", target.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header(
                        "webhook-signature",
                        WebhookSignature.sign(target.secret(), target.messageId(), timestamp, target.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(target.payload(), StandardCharsets.UTF_8))
                .build();
        try {
            return new Outcome(
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), null);
        } catch (IOException e) {
            return new Outcome(
                    null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
    }

    private void record(long id, Outcome outcome) {
        WebhookDelivery delivery = WebhookDelivery.findById(id);
        if (delivery == null) {
            return;
        }
        OffsetDateTime now = Times.now(clock);
        delivery.attempts++;
        delivery.lastAttemptAt = now;
        delivery.lastStatus = outcome.status();
        delivery.lastError = outcome.error() == null
                ? (outcome.delivered() ? null : "HTTP " + outcome.status())
                : outcome.error()
                        .substring(0, Math.min(MAX_ERROR, outcome.error().length()));
        delivery.lockedUntil = null;
        if (outcome.delivered()) {
            delivery.status = WebhookDelivery.Status.DELIVERED.name();
        } else if (!now.isBefore(delivery.giveUpAt)) {
            delivery.status = WebhookDelivery.Status.FAILED.name();
        } else {
            delivery.nextAttemptAt = now.plus(backoff(delivery.attempts));
        }
    }

    /** {@code base × 2^(attempts − 1)}, at most {@code backoff-max}. */
    Duration backoff(int attempts) {
        Duration wait = config.backoffBase();
        for (int i = 1; i < attempts && wait.compareTo(config.backoffMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.backoffMax()) > 0 ? config.backoffMax() : wait;
    }
}
