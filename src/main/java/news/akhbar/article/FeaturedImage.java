package news.akhbar.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import news.akhbar.common.content.Image;
import news.akhbar.common.text.TextDirection;
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

    /** Language of alt and caption; null when it is the article's. */
    @Column(name = "image_lang")
    public String lang;

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
        stored.lang =
                image.lang() == null ? null : TextDirection.checkedField("featuredImage.lang", image.lang(), null);
        return stored;
    }
}
