package news.akhbar.article;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * A list filtered by one tag or one author (and at most a date range) is one range of that link table's
 * (tag or author, public_from, article) index: read in order, never sorted, whatever the size of the archive.
 */
record LinkRange(
        String table,
        String column,
        long id,
        OffsetDateTime now,
        OffsetDateTime from,
        OffsetDateTime to,
        ArticleCursor cursor) {

    static Optional<LinkRange> of(ArticleFilter filter, OffsetDateTime now) {
        if (filter.categoryIds() != null || filter.lang() != null || filter.sort() == ArticleSort.RECENTLY_UPDATED) {
            return Optional.empty();
        }
        if (filter.tagIds().size() == 1 && filter.authorId() == null) {
            return Optional.of(new LinkRange(
                    "article_tag", "tag_id", filter.tagIds().get(0), now, filter.from(), filter.to(), null));
        }
        if (filter.tagIds().isEmpty() && filter.authorId() != null) {
            return Optional.of(new LinkRange(
                    "article_author", "author_id", filter.authorId(), now, filter.from(), filter.to(), null));
        }
        return Optional.empty();
    }

    /** The same range, starting after a cursor (none: from the start). */
    LinkRange after(ArticleCursor start) {
        return new LinkRange(table, column, id, now, from, to, start);
    }

    Query query(EntityManager em, String select, String orderBy) {
        StringBuilder sql = new StringBuilder("select ")
                .append(select)
                .append(" from ")
                .append(table)
                .append(" where ")
                .append(column)
                .append(" = :id and public_from <= :now");
        if (from != null) {
            sql.append(" and public_from >= :from");
        }
        if (to != null) {
            sql.append(" and public_from < :to");
        }
        if (cursor != null) {
            sql.append(" and ").append(cursor.sql("article_id"));
        }
        Query query = em.createNativeQuery(sql.append(orderBy).toString())
                .setParameter("id", id)
                .setParameter("now", now);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        if (cursor != null) {
            query.setParameter("cursorAt", cursor.at()).setParameter("cursorId", cursor.id());
        }
        return query;
    }
}
