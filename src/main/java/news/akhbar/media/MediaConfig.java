package news.akhbar.media;

import java.time.Duration;
import java.util.List;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The media library: what an upload may be, the renditions made of it and where they are kept. */
@ConfigMapping(prefix = "akhbar.media")
public interface MediaConfig {

    /** Largest upload (413 above). */
    @WithDefault("25M")
    MemorySize maxSize();

    /**
     * Most pixels an image may declare (width × height, read from its header before anything is decoded): a small
     * file declaring more is a decompression bomb and is refused. 50 million covers the largest camera sensors.
     */
    @WithDefault("50000000")
    long maxPixels();

    /** Rendition widths; an image narrower than the widest gets one at its own width instead, never upscaled. */
    @WithDefault("320,640,1024,1600")
    List<Integer> widths();

    /** JPEG quality of the renditions, 0 to 1. */
    @WithDefault("0.82")
    float jpegQuality();

    /**
     * Where renditions are kept: {@code files} (under the data directory, in media/), or {@code database} (the
     * media_file table), the store that every instance on one database shares.
     */
    @WithDefault("files")
    Store store();

    /** Uploads decoded at once; an upload waits for a turn at most {@code queue-timeout}, then gets 503. */
    @WithDefault("2")
    int concurrentUploads();

    @WithDefault("PT20S")
    Duration queueTimeout();

    enum Store {
        FILES,
        DATABASE
    }
}
