-- The public change feed (GET /api/v1/changes): one row per public thing (kind and slug) that changed, the newest
-- change only, numbered in commit order. The number comes from the one row of content_change_seq, updated in the
-- writing transaction: its row lock is held to commit, so a reader that has seen number n will never see a smaller
-- one appear later. A slug gets a row only once it has been public, so the feed never names a draft.
create table content_change (
    seq bigint not null primary key,
    kind varchar(16) not null,
    slug varchar(200) not null,
    changed_at timestamp with time zone not null,
    constraint uq_content_change unique (kind, slug)
);

create table content_change_seq (
    id int not null primary key,
    last_seq bigint not null
);
insert into content_change_seq (id, last_seq) values (1, 0);

-- Scheduled articles, to enter the feed when their time comes (no write happens then): picked up by the next read
-- of the feed, or by the instance's own poll, whichever comes first.
create table content_change_due (
    article_id bigint not null primary key,
    due_at timestamp with time zone not null
);
create index ix_content_change_due on content_change_due (due_at);
