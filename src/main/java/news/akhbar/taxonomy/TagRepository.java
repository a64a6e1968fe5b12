package news.akhbar.taxonomy;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class TagRepository implements PanacheRepository<Tag> {

    Optional<Tag> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
