-- Related articles rank the newest public articles of each tag an article carries by the tags they share, then by
-- category and time. The tag link rows now carry the rest of what that ranking reads (the article's category, and
-- whether it may be shown as related), so it reads narrow link rows only. It used to look up a few hundred article
-- rows per request, bodies and all; that was most of its cost, and it grew with the archive as fewer of those rows
-- stayed in the database's cache. Kept equal to the article's own columns by every write (ArticleRepository.syncLinks).
alter table article_tag add column category_id bigint;
alter table article_tag add column relatable boolean default true not null;
update article_tag set
    category_id = (select a.primary_category_id from article a where a.id = article_tag.article_id),
    relatable = (select not a.exclude_from_related from article a where a.id = article_tag.article_id);
-- The tag's index holds them too: the newest relatable articles of a tag are then read from the index alone.
drop index ix_article_tag_public;
create index ix_article_tag_public on article_tag (tag_id, public_from desc, article_id desc, category_id, relatable);
