package news.akhbar.webhook;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

final class WebhookDtos {

    private WebhookDtos() {}

    @Schema(name = "WebhookRequest")
    record WebhookRequest(
            @Schema(required = true, examples = "https://partner.example/hooks/akhbar") @NotBlank @Size(max = 2048)
            String url,

            @Schema(
                    description = "`whsec_` and the base64 of a 24 to 64 byte key; one is made when left out.",
                    examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            @Size(max = 200)
            String secret,

            @Schema(
                    required = true,
                    description = "Event types to receive: `article.published`, `article.updated`, "
                            + "`article.unpublished`, `article.deleted`, `comment.approved`.",
                    examples = "[\"article.published\", \"article.updated\"]")
            @NotEmpty
            @Size(max = 10)
            List<@NotBlank String> events,

            @Schema(examples = "تطبيق الشريك") @Size(max = 500)
            String description) {}

    @Schema(name = "Webhook")
    record WebhookResponse(
            @Schema(required = true, examples = "3") long id,

            @Schema(required = true, examples = "https://partner.example/hooks/akhbar")
            String url,

            @Schema(required = true) List<String> events,
            String description,

            @Schema(description = "Only in the answer to its creation: keep it to check signatures.")
            String secret,

            @Schema(required = true) OffsetDateTime createdAt) {

        static WebhookResponse from(Webhook hook, boolean withSecret) {
            return new WebhookResponse(
                    hook.id,
                    hook.url,
                    hook.eventTypes(),
                    hook.description,
                    withSecret ? hook.secret : null,
                    hook.createdAt);
        }
    }

    @Schema(name = "WebhookDelivery")
    record DeliveryResponse(
            @Schema(required = true, examples = "41") long id,

            @Schema(required = true, description = "The `webhook-id` header it is sent with.", examples = "msg_41")
            String messageId,

            @Schema(required = true, examples = "article.published")
            String eventType,

            @Schema(
                    required = true,
                    enumeration = {"pending", "delivered", "failed"})
            String status,

            @Schema(required = true, examples = "2") int attempts,
            OffsetDateTime lastAttemptAt,

            @Schema(description = "HTTP status of the last answer.", examples = "503")
            Integer lastStatus,

            @Schema(examples = "connection refused") String lastError,
            @Schema(description = "While pending.") OffsetDateTime nextAttemptAt,
            @Schema(required = true) OffsetDateTime createdAt) {

        static DeliveryResponse from(WebhookDelivery delivery) {
            boolean pending = WebhookDelivery.Status.PENDING.name().equals(delivery.status);
            return new DeliveryResponse(
                    delivery.id,
                    delivery.messageId(),
                    delivery.eventType,
                    delivery.status.toLowerCase(),
                    delivery.attempts,
                    delivery.lastAttemptAt,
                    delivery.lastStatus,
                    delivery.lastError,
                    pending ? delivery.nextAttemptAt : null,
                    delivery.createdAt);
        }
    }
}
