-- The language of a source's name and of a featured image's alt and caption, when it is not the article's.
alter table article_source add column lang varchar(35);
alter table article add column image_lang varchar(35);
