-- The id an article has in the system it was imported from, so that importing the same export again updates it.
alter table article add column external_id varchar(200);
create unique index uq_article_external_id on article (external_id);
