package news.akhbar.author;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class AuthorRepository implements PanacheRepository<Author> {}
