package news.akhbar.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Seo {

    @Column(name = "seo_title")
    public String metaTitle;

    @Column(name = "seo_description")
    public String metaDescription;

    @Column(name = "canonical_url")
    public String canonicalUrl;
}
