package news.akhbar.article;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Orders of the public list; each ends on the id so that equal times never swap between pages. */
enum ArticleSort {
    NEWEST("-publishedAt", "a.publicFrom desc, a.id desc"),
    OLDEST("publishedAt", "a.publicFrom asc, a.id asc"),
    RECENTLY_UPDATED("-updatedAt", "a.updatedAt desc, a.id desc");

    static final String ALLOWED =
            Arrays.stream(values()).map(sort -> sort.parameter).collect(Collectors.joining(", "));

    final String parameter;
    final String orderBy;

    ArticleSort(String parameter, String orderBy) {
        this.parameter = parameter;
        this.orderBy = orderBy;
    }

    static ArticleSort fromParameter(String value) {
        for (ArticleSort sort : values()) {
            if (sort.parameter.equals(value)) {
                return sort;
            }
        }
        return null;
    }
}
