-- Every write asks which of its slugs the feed already holds ("slug in (...)" of one kind). With the kind first in
-- the unique index, H2 could not look an IN list up in it: it read every row of the kind and compared each slug,
-- so each article write, and each import batch twice, cost as much as the whole feed (10,000 rows at 10,000
-- articles; it grew with the archive). Slug first, the same lookup reads one index entry per slug on both databases.
alter table content_change drop constraint uq_content_change;
alter table content_change add constraint uq_content_change unique (slug, kind);
