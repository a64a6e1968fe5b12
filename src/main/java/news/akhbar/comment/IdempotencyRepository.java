package news.akhbar.comment;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {

    Optional<IdempotencyRecord> find(long articleId, String key) {
        return findByIdOptional(new IdempotencyRecord.Key(articleId, key));
    }
}
