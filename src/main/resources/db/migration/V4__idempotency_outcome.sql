-- An idempotency record keeps what the first answer meant (approved, or waiting for a moderator), not its HTTP
-- status: the resource decides statuses, the posting service only the outcome.
alter table comment_idempotency add column approved boolean;
update comment_idempotency set approved = (http_status = 201);
alter table comment_idempotency alter column approved set not null;
alter table comment_idempotency drop column http_status;
