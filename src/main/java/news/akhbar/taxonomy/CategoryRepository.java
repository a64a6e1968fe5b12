package news.akhbar.taxonomy;

import java.util.List;

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
}
