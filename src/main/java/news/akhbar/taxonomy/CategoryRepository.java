package news.akhbar.taxonomy;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class CategoryRepository implements PanacheRepository<Category> {

    /** The whole tree in one statement. */
    List<Category> findAllWithParent() {
        return getEntityManager()
                .createQuery("select c from Category c left join fetch c.parent", Category.class)
                .getResultList();
    }

    Optional<Category> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** (id, parent id) of every category: the tree's shape without loading the categories. */
    List<Object[]> findEdges() {
        return getEntityManager()
                .createQuery("select c.id, c.parent.id from Category c", Object[].class)
                .getResultList();
    }
}
