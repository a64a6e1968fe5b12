-- public_from: the instant from which an article is public (its publication time while it is published or
-- scheduled, null otherwise). "Public now" becomes one range on one column, so the newest public articles are read
-- in index order instead of sorting every published article; the tag and author link tables carry it too, so that a
-- tag page or an author's page reads its newest articles from one index range, whatever the size of the archive.
-- Descending, because H2 reads an index in its own order only: with ascending indexes it sorted every match.
alter table article add column public_from timestamp with time zone;
update article set public_from = published_at where status in ('PUBLISHED', 'SCHEDULED');
create index ix_article_public on article (public_from desc, id desc);
create index ix_article_category_public on article (primary_category_id, public_from desc, id desc);
drop index ix_article_visible;

alter table article_tag add column public_from timestamp with time zone;
update article_tag set public_from = (select a.public_from from article a where a.id = article_tag.article_id);
create index ix_article_tag_public on article_tag (tag_id, public_from desc, article_id desc);

alter table article_author add column public_from timestamp with time zone;
update article_author set public_from = (select a.public_from from article a where a.id = article_author.article_id);
create index ix_article_author_public on article_author (author_id, public_from desc, article_id desc);
