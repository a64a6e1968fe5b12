package news.akhbar.media;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class MediaRepository implements PanacheRepository<Media> {

    Optional<Media> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
