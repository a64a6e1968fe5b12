-- The id a comment has in the system it was imported from, so that importing the same export again updates it.
alter table comment add column external_id varchar(200);
create unique index uq_comment_external_id on comment (external_id);
