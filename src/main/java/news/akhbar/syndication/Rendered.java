package news.akhbar.syndication;

import java.time.OffsetDateTime;

/** A rendered feed or sitemap: its bytes, and when what it shows last changed (null when unknown). */
record Rendered(byte[] bytes, String mediaType, OffsetDateTime lastModified) {}
