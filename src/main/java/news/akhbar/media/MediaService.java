package news.akhbar.media;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import news.akhbar.common.SiteConfig;
import news.akhbar.common.http.ApiUrls;
import news.akhbar.common.http.PageInfo;
import news.akhbar.common.http.PageRequest;
import news.akhbar.common.http.Paged;
import news.akhbar.common.http.Preconditions;
import news.akhbar.common.http.Versioned;
import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;
import news.akhbar.common.text.TextDirection;

/** The media library: uploads turned into renditions, their words, who uses them, and their bytes for readers. */
@ApplicationScoped
public class MediaService {

    /** Owners of a use, as {@link #recordUse} takes them. */
    public static final String ARTICLE = "article";

    public static final String AUTHOR = "author";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    MediaRepository media;

    @Inject
    ImageProcessor processor;

    @Inject
    MediaStores stores;

    @Inject
    MediaConfig config;

    @Inject
    ApiUrls urls;

    @Inject
    SiteConfig site;

    @Inject
    EntityManager em;

    private Semaphore decoding;

    @PostConstruct
    void init() {
        decoding = new Semaphore(Math.max(1, config.concurrentUploads()), true);
    }

    /**
     * Decodes, checks and stores an upload. The decoding happens outside any transaction (it holds no connection),
     * and only {@code concurrent-uploads} at once: a burst of uploads queues instead of exhausting memory.
     */
    public Versioned<MediaResponse> upload(byte[] bytes, String fileName, MediaRequest words, Long uploadedBy) {
        if (bytes.length > config.maxSize().asLongValue()) {
            throw new ProblemException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "The file has " + bytes.length + " bytes; at most "
                            + config.maxSize().asLongValue() + " are accepted (akhbar.media.max-size).");
        }
        ImageProcessor.Processed processed = processed(bytes);
        String key = newKey();
        return QuarkusTransaction.requiringNew().call(() -> {
            Media item = new Media();
            item.key = key;
            item.sourceType = processed.source().mediaType;
            item.contentType = processed.contentType();
            item.width = processed.width();
            item.height = processed.height();
            item.widths = String.join(
                    ",", processed.widths().stream().map(String::valueOf).toList());
            item.fileName = fileName == null || fileName.isBlank() ? null : cut(fileName.strip(), 255);
            item.sizeBytes = bytes.length;
            apply(item, words);
            item.uploadedBy = uploadedBy;
            media.persist(item);
            stores.current().put(key, processed.renditions());
            media.flush();
            return versioned(item);
        });
    }

    @Transactional
    Paged<MediaResponse> list(PageRequest page) {
        long total = media.count();
        if (page.isBeyond(total)) {
            return Paged.empty(page, total);
        }
        List<MediaResponse> items =
                media.find("order by createdAt desc, id desc").range(page.first(), page.last()).list().stream()
                        .map(this::response)
                        .toList();
        return new Paged<>(items, PageInfo.of(page, total));
    }

    @Transactional
    Versioned<MediaResponse> get(String key) {
        return versioned(require(key));
    }

    @Transactional
    MediaRequest currentAsRequest(String key) {
        Media item = require(key);
        return new MediaRequest(item.alt, item.caption, item.credit, item.lang);
    }

    @Transactional
    Versioned<MediaResponse> update(String key, String ifMatch, MediaRequest words) {
        Media item = require(key);
        Preconditions.requireMatch(ifMatch, item.version);
        if (isBlank(words.alt()) && !isBlank(item.alt) && uses(item) > 0) {
            throw new ProblemException(
                    ProblemType.ALT_TEXT_REQUIRED,
                    "The alt text of an image in use cannot be removed; change it instead.");
        }
        apply(item, words);
        media.flush();
        return versioned(item);
    }

    /** Only an item nothing shows: an article or author that still does would lose its picture. */
    @Transactional
    void delete(String key, String ifMatch) {
        Media item = require(key);
        Preconditions.requireMatch(ifMatch, item.version);
        long uses = uses(item);
        if (uses > 0) {
            throw new ProblemException(
                    ProblemType.IN_USE,
                    "The image is shown by " + uses + " article" + (uses == 1 ? "" : "s") + " or author profile"
                            + (uses == 1 ? "" : "s") + "; change those first.",
                    null,
                    Map.of("X-Usage-Count", String.valueOf(uses)));
        }
        media.delete(item);
        stores.current().delete(key);
    }

    /** The bytes of one rendition, or empty; the content type is the one its extension names. */
    public Optional<byte[]> rendition(String key, int width, String extension) {
        return stores.current().get(key, width).filter(bytes -> matches(bytes, extension));
    }

    /** The library items among {@code keys}, by key, in one query; unknown keys are absent. */
    @Transactional
    public Map<String, LibraryImage> find(Collection<String> keys) {
        Map<String, LibraryImage> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        for (Media item : media.list("key in ?1", keys)) {
            found.put(item.key, new LibraryImage(item.ref(), item.alt, item.caption, item.credit, item.lang));
        }
        return found;
    }

    /** Replaces what {@code owner} shows of the library with {@code keys} (unknown keys are ignored). */
    @Transactional
    public void recordUse(String ownerKind, long ownerId, Collection<String> keys) {
        em.createNativeQuery("delete from media_usage where owner_kind = :kind and owner_id = :owner")
                .setParameter("kind", ownerKind)
                .setParameter("owner", ownerId)
                .executeUpdate();
        if (keys.isEmpty()) {
            return;
        }
        em.createNativeQuery("insert into media_usage (media_id, owner_kind, owner_id)"
                        + " select id, :kind, :owner from media where media_key in (:keys)")
                .setParameter("kind", ownerKind)
                .setParameter("owner", ownerId)
                .setParameter("keys", List.copyOf(new LinkedHashSet<>(keys)))
                .executeUpdate();
    }

    private ImageProcessor.Processed processed(byte[] bytes) {
        boolean turn;
        try {
            turn = decoding.tryAcquire(config.queueTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw new ProblemException(
                    ProblemType.SERVICE_UNAVAILABLE,
                    "Too many uploads are being processed; try again shortly.",
                    null,
                    Map.of("Retry-After", "5"));
        }
        try {
            return processor.process(bytes);
        } finally {
            decoding.release();
        }
    }

    private long uses(Media item) {
        return ((Number) em.createNativeQuery("select count(*) from media_usage where media_id = :id")
                        .setParameter("id", item.id)
                        .getSingleResult())
                .longValue();
    }

    private void apply(Media item, MediaRequest words) {
        if (words == null) {
            return;
        }
        item.alt = blankToNull(words.alt());
        item.caption = blankToNull(words.caption());
        item.credit = blankToNull(words.credit());
        item.lang = words.lang() == null ? null : TextDirection.checkedField("lang", words.lang(), site.lang());
    }

    private Media require(String key) {
        return media.findByKey(key).orElseThrow(() -> ProblemException.notFound("No media item '" + key + "'."));
    }

    private Versioned<MediaResponse> versioned(Media item) {
        return new Versioned<>(response(item), item.version);
    }

    private MediaResponse response(Media item) {
        return MediaResponse.from(item, baseUrl(), site.lang());
    }

    String baseUrl() {
        return urls.root().build() + "api/v1/media/";
    }

    private static boolean matches(byte[] bytes, String extension) {
        ImageProcessor.Format format = ImageProcessor.detect(bytes);
        return "png".equals(extension) ? format == ImageProcessor.Format.PNG : format == ImageProcessor.Format.JPEG;
    }

    /** 16 random bytes, URL-safe: unguessable, so that an unpublished picture is not found by counting. */
    private static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
