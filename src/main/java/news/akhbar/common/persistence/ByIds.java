package news.akhbar.common.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Entities by id, one statement for all of them. Hibernate's multi-load binds the ids as one array and keeps its SQL,
 * where a query with {@code id in :ids} is translated from HQL again on every call (a list parameter makes the plan
 * uncacheable): on a public read that translation cost more than the statement.
 */
public final class ByIds {

    private ByIds() {}

    /** The entities found, in the order of {@code ids}; an id with no row is left out. */
    public static <T> List<T> find(EntityManager em, Class<T> type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<T> found = em.unwrap(Session.class).findMultiple(type, new ArrayList<>(ids));
        return found.stream().filter(Objects::nonNull).toList();
    }
}
