package news.akhbar.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import news.akhbar.common.text.Urls;

@Embeddable
class Seo {

    @Column(name = "seo_title")
    public String metaTitle;

    @Column(name = "seo_description")
    public String metaDescription;

    @Column(name = "canonical_url")
    public String canonicalUrl;

    static Seo from(ArticleResponse.Seo request) {
        if (request == null) {
            return null;
        }
        Seo seo = new Seo();
        seo.metaTitle = request.metaTitle();
        seo.metaDescription = request.metaDescription();
        seo.canonicalUrl = Urls.checkWebUrl("seo.canonicalUrl", request.canonicalUrl());
        return seo;
    }
}
