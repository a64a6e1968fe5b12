package news.akhbar.media;

import news.akhbar.common.content.MediaRef;

/**
 * What an article or author keeps of a library item it shows: its stored reference, and the library's words with
 * their language (null: the site's).
 */
public record LibraryImage(MediaRef ref, String alt, String caption, String credit, String lang) {}
