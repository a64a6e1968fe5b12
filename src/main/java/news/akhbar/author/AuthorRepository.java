package news.akhbar.author;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class AuthorRepository implements PanacheRepository<Author> {

    Optional<Author> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
