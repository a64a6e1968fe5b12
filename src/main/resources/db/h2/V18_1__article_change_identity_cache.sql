-- H2 only (the H2 build reads db/h2 too). H2 writes its whole store each time an identity
-- column exhausts its cache of values (see V9), and every article write adds an article_change row: an import paid a
-- full store every 32 articles. A larger cache keeps H2's ids in order, since one process owns an H2 database. Not on
-- PostgreSQL: its cache is per connection, so ids would no longer follow commit order closely enough for the search
-- index's poll of article_change (SearchIndex), which reads the ids above what it has seen.
alter table article_change alter column id set cache 1000;
