-- Open Graph and Twitter card fields an editor may set; the API falls back on the SEO fields, the excerpt and the
-- featured image for what is not set.
alter table article add column social_title varchar(300);
alter table article add column social_description varchar(500);
alter table article add column social_image_url varchar(2048);
alter table article add column social_image_alt varchar(500);
alter table article add column social_image_width integer;
alter table article add column social_image_height integer;
alter table article add column twitter_card varchar(30);
