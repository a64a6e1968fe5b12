package news.akhbar.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A source an article cites, such as a news agency or a report. */
@Embeddable
class Source {

    @Column(nullable = false)
    public String name;

    public String url;

    public Source() {}

    public Source(String name, String url) {
        this.name = name;
        this.url = url;
    }
}
