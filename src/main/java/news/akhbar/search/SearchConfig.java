package news.akhbar.search;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "akhbar.search")
public interface SearchConfig {

    /**
     * The age at which an article's recency bonus has halved. Relevance decides; between results of close relevance,
     * the newer story comes first.
     */
    @WithDefault("7D")
    Duration recencyHalfLife();

    /** How much a brand-new article's score is raised by its recency: 0.5 means by half, 0 turns recency off. */
    @WithDefault("0.5")
    double recencyWeight();

    /**
     * How often an instance reads the article changes that other instances wrote to the database: the most a write
     * on another instance takes to become searchable here.
     */
    @WithDefault("1S")
    Duration poll();

    /**
     * How long the database keeps the list of changed articles. An index that was last written longer ago than this
     * (an instance stopped for a long time) is rebuilt from the database.
     */
    @WithDefault("7D")
    Duration changeRetention();

    /** How long a write waits, after its commit, for this instance's index to show it. */
    @WithDefault("10S")
    Duration commitWait();
}
