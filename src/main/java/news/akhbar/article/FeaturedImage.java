package news.akhbar.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import news.akhbar.common.content.Image;
import news.akhbar.common.text.Urls;

@Embeddable
class FeaturedImage {

    @Column(name = "image_url")
    public String url;

    @Column(name = "image_alt")
    public String alt;

    @Column(name = "image_caption")
    public String caption;

    @Column(name = "image_credit")
    public String credit;

    @Column(name = "image_width")
    public Integer width;

    @Column(name = "image_height")
    public Integer height;

    /** The media library's reference ({@code MediaRef}) when the image is one of its items. */
    @Column(name = "image_media")
    public String media;

    static FeaturedImage from(Image image) {
        if (image == null) {
            return null;
        }
        FeaturedImage stored = new FeaturedImage();
        stored.url = Urls.checkWebUrl("featuredImage.url", image.url());
        stored.alt = image.alt();
        stored.caption = image.caption();
        stored.credit = image.credit();
        stored.width = image.width();
        stored.height = image.height();
        return stored;
    }
}
