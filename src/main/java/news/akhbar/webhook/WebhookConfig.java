package news.akhbar.webhook;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "akhbar.webhooks")
interface WebhookConfig {

    /** How often each instance looks for events to deliver and deliveries that are due. */
    @WithDefault("1S")
    Duration poll();

    /** A delivery is retried for this long after its event, then marked failed (it can still be redelivered). */
    @WithDefault("24H")
    Duration retryFor();

    /** The wait before the first retry; it doubles at each attempt, up to {@link #backoffMax()}. */
    @WithDefault("10S")
    Duration backoffBase();

    @WithDefault("1H")
    Duration backoffMax();

    /** Connect and response timeout of one attempt. */
    @WithDefault("10S")
    Duration timeout();

    /**
     * Deliver to loopback, private, link-local and other internal addresses too. Off in production: a webhook URL
     * must not reach into the network the API runs in (SSRF). On for development against a local receiver.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** How long delivered and failed deliveries stay listed (and their events kept). */
    @WithDefault("30D")
    Duration history();

    /** Deliveries sent per poll and instance. */
    @WithDefault("20")
    int batchSize();
}
