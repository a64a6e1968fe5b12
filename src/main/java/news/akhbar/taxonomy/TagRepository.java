package news.akhbar.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class TagRepository implements PanacheRepository<Tag> {}
