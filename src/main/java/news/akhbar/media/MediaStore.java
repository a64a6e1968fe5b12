package news.akhbar.media;

import java.util.Map;
import java.util.Optional;

/** Where the renditions are kept; written once per upload, never changed, removed with the item. */
interface MediaStore {

    void put(String key, Map<Integer, byte[]> renditions);

    Optional<byte[]> get(String key, int width);

    void delete(String key);
}
