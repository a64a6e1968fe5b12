package news.akhbar.media;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import news.akhbar.common.content.MediaRef;
import news.akhbar.common.persistence.BaseEntity;

@Entity
@Table(name = "media")
class Media extends BaseEntity {

    @Column(name = "media_key", nullable = false, updatable = false)
    public String key;

    @Column(name = "source_type", nullable = false)
    public String sourceType;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    public int width;

    public int height;

    /** Ascending, comma-separated. */
    public String widths;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String alt;

    public String caption;

    public String credit;

    public String lang;

    @Column(name = "uploaded_by")
    public Long uploadedBy;

    String extension() {
        return "image/png".equals(contentType) ? "png" : "jpg";
    }

    List<Integer> widthList() {
        return Arrays.stream(widths.split(",")).map(Integer::valueOf).toList();
    }

    int widest() {
        List<Integer> all = widthList();
        return all.get(all.size() - 1);
    }

    MediaRef ref() {
        return new MediaRef(key, extension(), width, height, widthList());
    }
}
