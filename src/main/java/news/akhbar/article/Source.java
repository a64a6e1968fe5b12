package news.akhbar.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A source an article cites, such as a news agency or a report. */
@Embeddable
class Source {

    @Column(nullable = false)
    public String name;

    public String url;

    /** Language of the name when it is not the article's ("NBC News" in an Arabic article). */
    public String lang;

    public Source() {}

    public Source(String name, String url, String lang) {
        this.name = name;
        this.url = url;
        this.lang = lang;
    }
}
