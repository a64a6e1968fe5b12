package news.akhbar.comment;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import news.akhbar.common.http.PageRequest;
import news.akhbar.common.persistence.JpqlFilter;

@ApplicationScoped
class CommentRepository implements PanacheRepository<Comment> {

    /** The comments of a thread: its top-level comment and every reply, shallowest first. */
    List<Comment> findThread(long rootId) {
        return list("id = ?1 or rootId = ?1 order by depth, createdAt, id", rootId);
    }

    long countVisible(long articleId) {
        return count("articleId = ?1 and visible = true", articleId);
    }

    /** An imported comment, by the id it has in the system it came from. */
    Optional<Comment> findByExternalId(String externalId) {
        return find("externalId", externalId.strip()).firstResultOptional();
    }

    /** Visible comments per article, for those of these articles that have any: one query. */
    Map<Long, Long> countVisibleByArticle(Collection<Long> articleIds) {
        return getEntityManager()
                .createQuery(
                        "select c.articleId, count(c) from Comment c where c.articleId in :ids and c.visible = true "
                                + "group by c.articleId",
                        Object[].class)
                .setParameter("ids", articleIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    long countVisibleRoots(long articleId) {
        return count("articleId = ?1 and parent is null and visible = true", articleId);
    }

    /** A page of an article's public top-level comments. */
    List<Comment> findVisibleRoots(long articleId, boolean newestFirst, PageRequest page) {
        String order = newestFirst ? "desc" : "asc";
        return find(
                        "articleId = ?1 and parent is null and visible = true order by createdAt " + order + ", id "
                                + order,
                        articleId)
                .range(page.first(), page.last())
                .list();
    }

    /** The public replies under some top-level comments, shallowest first. */
    List<Comment> findVisibleReplies(List<Long> rootIds) {
        return rootIds.isEmpty()
                ? List.of()
                : list("rootId in ?1 and visible = true order by depth, createdAt, id", rootIds);
    }

    /** The moderation list: newest first. */
    List<Comment> findPage(JpqlFilter filter, PageRequest page) {
        return filter.query(
                        getEntityManager(),
                        "select c from Comment c left join fetch c.parent",
                        "order by c.createdAt desc, c.id desc",
                        Comment.class)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }

    /** Posts since {@code since} from one client-address hash, oldest first (for Retry-After). */
    List<OffsetDateTime> recentFromAddress(String clientHash, OffsetDateTime since) {
        return getEntityManager()
                .createQuery(
                        "select c.createdAt from Comment c where c.clientHash = :hash "
                                + "and c.createdAt > :since order by c.createdAt",
                        OffsetDateTime.class)
                .setParameter("hash", clientHash)
                .setParameter("since", since)
                .getResultList();
    }

    List<OffsetDateTime> recentFromEmail(String email, OffsetDateTime since) {
        return getEntityManager()
                .createQuery(
                        "select c.createdAt from Comment c where c.authorEmail = :email "
                                + "and c.createdAt > :since order by c.createdAt",
                        OffsetDateTime.class)
                .setParameter("email", email)
                .setParameter("since", since)
                .getResultList();
    }

    boolean isDuplicate(long articleId, String email, String bodyHash) {
        return count(
                        "articleId = ?1 and authorEmail = ?2 and bodyHash = ?3 and status <> ?4",
                        articleId,
                        email,
                        bodyHash,
                        CommentStatus.TRASH)
                > 0;
    }

    boolean hasApproved(String email) {
        return count("authorEmail = ?1 and status = ?2", email, CommentStatus.APPROVED) > 0;
    }
}
