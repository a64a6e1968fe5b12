package news.akhbar.common.cache;

import java.util.Set;

/** A response body that names what it shows (see {@link CacheKeys}), so that a change to any of it evicts it. */
public interface Keyed {

    void addCacheKeys(Set<String> keys);
}
