package news.akhbar.search;

import java.util.List;

/** Field names of the article index. */
final class SearchFields {

    static final String ID = "id";
    static final String LANG = "lang";
    static final String TITLE = "title";
    static final String EXCERPT = "excerpt";
    static final String BODY = "body";
    static final List<String> TEXT = List.of(TITLE, EXCERPT, BODY);

    static final String PUBLISHED_AT = "publishedAt";
    static final String PUBLIC_FROM = "publicFrom";
    static final String CATEGORY = "category";
    static final String TAG = "tag";
    static final String AUTHOR = "author";

    /** Stored: the title as written, for suggestions. */
    static final String STORED_TITLE = "storedTitle";

    static final String SLUG = "slug";

    private SearchFields() {}
}
