package news.akhbar.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import news.akhbar.common.content.Image;
import news.akhbar.common.text.Urls;

/** What an editor set for the article's cards on social networks; each field falls back when unset. */
@Embeddable
class SocialFields {

    @Column(name = "social_title")
    public String title;

    @Column(name = "social_description")
    public String description;

    @Column(name = "social_image_url")
    public String imageUrl;

    @Column(name = "social_image_alt")
    public String imageAlt;

    @Column(name = "social_image_width")
    public Integer imageWidth;

    @Column(name = "social_image_height")
    public Integer imageHeight;

    @Column(name = "twitter_card")
    public String twitterCard;

    static SocialFields from(ArticleResponse.Social request) {
        if (request == null) {
            return null;
        }
        SocialFields stored = new SocialFields();
        stored.title = request.title();
        stored.description = request.description();
        if (request.image() != null) {
            stored.imageUrl =
                    Urls.checkWebUrl("social.image.url", request.image().url());
            stored.imageAlt = request.image().alt();
            stored.imageWidth = request.image().width();
            stored.imageHeight = request.image().height();
        }
        stored.twitterCard =
                request.twitterCard() == null ? null : request.twitterCard().name();
        return stored;
    }

    Image image() {
        return imageUrl == null ? null : new Image(imageUrl, imageAlt, null, null, imageWidth, imageHeight);
    }
}
