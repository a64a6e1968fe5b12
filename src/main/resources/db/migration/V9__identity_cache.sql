-- H2 writes its whole store each time an identity column exhausts its cache of values (32 by default): importing
-- articles and comments spent a sixth of its time there. 1000 values per refill; on PostgreSQL a cache only means a
-- gap in the ids after a restart, and ids are never shown as a count.
alter table article alter column id set cache 1000;
alter table comment alter column id set cache 1000;
