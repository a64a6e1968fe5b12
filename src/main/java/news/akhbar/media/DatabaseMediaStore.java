package news.akhbar.media;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The renditions in the media_file table: every instance on one database reads what any of them stored, with no
 * shared disk or object store to run. A rendition is written once and, behind the CDN, read about once per edge.
 */
@ApplicationScoped
class DatabaseMediaStore implements MediaStore {

    @Inject
    EntityManager em;

    @Override
    public void put(String key, Map<Integer, byte[]> renditions) {
        for (var rendition : renditions.entrySet()) {
            em.createNativeQuery("insert into media_file (media_key, width, content) values (:key, :width, :content)")
                    .setParameter("key", key)
                    .setParameter("width", rendition.getKey())
                    .setParameter("content", rendition.getValue())
                    .executeUpdate();
        }
    }

    @Override
    public Optional<byte[]> get(String key, int width) {
        List<?> rows = em.createNativeQuery("select content from media_file where media_key = :key and width = :width")
                .setParameter("key", key)
                .setParameter("width", width)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((byte[]) rows.get(0));
    }

    @Override
    public void delete(String key) {
        em.createNativeQuery("delete from media_file where media_key = :key")
                .setParameter("key", key)
                .executeUpdate();
    }
}
