package news.akhbar.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class FeaturedImage {

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
}
