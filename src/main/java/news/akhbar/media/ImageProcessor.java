package news.akhbar.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.twelvemonkeys.image.ResampleOp;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

import news.akhbar.common.problem.ProblemException;
import news.akhbar.common.problem.ProblemType;

/**
 * Turns uploaded bytes into renditions. Nothing of the upload is served: every rendition is decoded and encoded
 * again, so metadata (EXIF with the photographer's GPS position, comments, anything appended) stays behind.
 */
@ApplicationScoped
class ImageProcessor {

    /** The formats accepted, recognized by their first bytes. */
    enum Format {
        JPEG("image/jpeg", "jpeg"),
        PNG("image/png", "png"),
        WEBP("image/webp", "webp"),
        GIF("image/gif", "gif");

        final String mediaType;
        final String readerName;

        Format(String mediaType, String readerName) {
            this.mediaType = mediaType;
            this.readerName = readerName;
        }
    }

    /** The renditions by width, narrowest first, all of {@code extension} (jpg or png). */
    record Processed(Format source, String extension, int width, int height, Map<Integer, byte[]> renditions) {

        String contentType() {
            return "png".equals(extension) ? "image/png" : "image/jpeg";
        }

        List<Integer> widths() {
            return List.copyOf(renditions.keySet());
        }
    }

    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    @Inject
    MediaConfig config;

    @PostConstruct
    void registerReaders() {
        // ImageIO finds TwelveMonkeys' readers through the context class loader, which is not this one in tests.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ImageProcessor.class.getClassLoader());
        try {
            ImageIO.scanForPlugins();
        } finally {
            thread.setContextClassLoader(previous);
        }
        // Decoding reads from memory; ImageIO's default would copy every upload to a temporary file first.
        ImageIO.setUseCache(false);
    }

    static Format detect(byte[] bytes) {
        if (startsWith(bytes, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return Format.JPEG;
        }
        if (startsWith(bytes, 0, (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
            return Format.PNG;
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8') && bytes.length > 5 && (bytes[4] == '7' || bytes[4] == '9')) {
            return Format.GIF;
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Format.WEBP;
        }
        return null;
    }

    Processed process(byte[] bytes) {
        Format format = detect(bytes);
        if (format == null) {
            throw new ProblemException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The file is not a JPEG, PNG, WebP or GIF image (judged by its content, not its name).");
        }
        String ending = endingProblem(format, bytes);
        if (ending != null) {
            throw damaged(ending);
        }
        ImageReader reader = reader(format);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int storedWidth = reader.getWidth(0);
            int storedHeight = reader.getHeight(0);
            // From the header, before a pixel is decoded: a few kilobytes may declare gigabytes of pixels.
            if (storedWidth < 1 || storedHeight < 1 || (long) storedWidth * storedHeight > config.maxPixels()) {
                throw new ProblemException(
                        ProblemType.TOO_MANY_PIXELS,
                        "The image declares " + storedWidth + " × " + storedHeight + " pixels; at most "
                                + config.maxPixels() + " are accepted.");
            }
            // A phone stores a portrait photo sideways and says so in EXIF; the EXIF goes, so the turn is made here.
            int orientation = format == Format.JPEG ? orientation(bytes) : 1;
            boolean turned = orientation >= 5;
            int width = turned ? storedHeight : storedWidth;
            int height = turned ? storedWidth : storedHeight;
            List<Integer> targets = targets(width);
            int widest = targets.get(targets.size() - 1);
            ImageReadParam param = reader.getDefaultReadParam();
            // Decoded at no less than twice the widest rendition: enough for a sharp reduction, and the memory an
            // upload takes stays bounded whatever the camera.
            int step = Math.max(1, width / (2 * widest));
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage decoded = reader.read(0, param);
            boolean png = format == Format.PNG
                    || format == Format.GIF
                    || decoded.getColorModel().hasAlpha();
            BufferedImage current = oriented(normalized(decoded, png), orientation);
            Map<Integer, byte[]> renditions = new LinkedHashMap<>();
            List<byte[]> encoded = new ArrayList<>();
            for (int i = targets.size() - 1; i >= 0; i--) {
                int target = targets.get(i);
                int targetHeight = Math.max(1, Math.round((float) target * height / width));
                if (current.getWidth() != target || current.getHeight() != targetHeight) {
                    current = new ResampleOp(target, targetHeight, ResampleOp.FILTER_LANCZOS).filter(current, null);
                }
                encoded.add(0, png ? png(current) : jpeg(current));
            }
            for (int i = 0; i < targets.size(); i++) {
                renditions.put(targets.get(i), encoded.get(i));
            }
            return new Processed(format, png ? "png" : "jpg", width, height, renditions);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw damaged("it cannot be decoded (" + e.getClass().getSimpleName() + ")");
        } finally {
            reader.dispose();
        }
    }

    /** The EXIF orientation (1 to 8; 1 is upright), or 1 when there is none or it cannot be read. */
    static int orientation(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (segments.isEmpty()) {
                return 1;
            }
            InputStream data = segments.get(0).data();
            // After "Exif" and its terminator comes one pad byte, then the TIFF structure.
            data.read();
            try (ImageInputStream exif = ImageIO.createImageInputStream(data)) {
                Directory directory = new TIFFReader().read(exif);
                Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
                int value = entry != null && entry.getValue() instanceof Number number ? number.intValue() : 1;
                return value >= 1 && value <= 8 ? value : 1;
            }
        } catch (IOException | RuntimeException e) {
            // Broken EXIF is common and no reason to refuse the picture: it is shown as stored.
            return 1;
        }
    }

    /** The image turned and mirrored as EXIF orientation {@code orientation} says it is to be shown. */
    static BufferedImage oriented(BufferedImage image, int orientation) {
        if (orientation <= 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        // x' = m00·x + m01·y + m02, y' = m10·x + m11·y + m12, for each of the EXIF orientations.
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        boolean turned = orientation >= 5;
        BufferedImage result = new BufferedImage(turned ? h : w, turned ? w : h, image.getType());
        Graphics2D graphics = result.createGraphics();
        try {
            graphics.drawImage(image, transform, null);
        } finally {
            graphics.dispose();
        }
        return result;
    }

    /** The configured widths below the image's own, and its own when it is narrower than the widest. */
    List<Integer> targets(int width) {
        TreeSet<Integer> targets = new TreeSet<>();
        int widest = 0;
        for (int configured : config.widths()) {
            widest = Math.max(widest, configured);
            if (configured < width) {
                targets.add(configured);
            }
        }
        if (width <= widest || targets.isEmpty()) {
            targets.add(width);
        }
        return List.copyOf(targets);
    }

    /**
     * Why the file does not end where its format says it does, or null: a truncated upload, or one with something
     * appended (a polyglot: an archive or a page that also passes for a picture).
     */
    static String endingProblem(Format format, byte[] bytes) {
        int end = bytes.length;
        switch (format) {
            case JPEG -> {
                while (end > 2 && bytes[end - 1] == 0) {
                    end--;
                }
                if (!(bytes[end - 2] == (byte) 0xFF && bytes[end - 1] == (byte) 0xD9)) {
                    return lastMarker(bytes, end);
                }
            }
            case PNG -> {
                if (end < PNG_END.length || !startsWith(bytes, end - PNG_END.length, PNG_END)) {
                    return indexOf(bytes, PNG_END) >= 0
                            ? "it has data after the end of the image"
                            : "it is cut short: the image does not end";
                }
            }
            case GIF -> {
                if (bytes[end - 1] != 0x3B) {
                    return "it is cut short or has data after the end of the image";
                }
            }
            case WEBP -> {
                if (end < 12) {
                    return "it is cut short: the image does not end";
                }
                long declared = (bytes[4] & 0xFFL)
                        | (bytes[5] & 0xFFL) << 8
                        | (bytes[6] & 0xFFL) << 16
                        | (bytes[7] & 0xFFL) << 24;
                if (declared + 8 > end) {
                    return "it is cut short: the image does not end";
                }
                if (declared + 8 < end - 1) {
                    return "it has data after the end of the image";
                }
            }
        }
        return null;
    }

    private static String lastMarker(byte[] bytes, int end) {
        for (int i = 2; i < end - 1; i++) {
            if (bytes[i] == (byte) 0xFF && bytes[i + 1] == (byte) 0xD9) {
                // An end marker inside may be an embedded thumbnail's; the file must still end with one.
                return "it does not end with the image (something is appended, or it is cut short)";
            }
        }
        return "it is cut short: the image does not end";
    }

    private ImageReader reader(Format format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        return readers.next();
    }

    /** RGB on white for JPEG, ARGB for PNG: the types ResampleOp and the encoders handle well. */
    private static BufferedImage normalized(BufferedImage image, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D graphics = copy.createGraphics();
        try {
            if (!alpha) {
                graphics.setColor(Color.WHITE);
                graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            }
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return copy;
    }

    private byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(config.jpegQuality());
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static ProblemException damaged(String why) {
        return new ProblemException(ProblemType.DAMAGED_IMAGE, "The image is refused: " + why + ".");
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        byte[] asBytes = new byte[expected.length];
        for (int i = 0; i < expected.length; i++) {
            asBytes[i] = (byte) expected[i];
        }
        return startsWith(bytes, offset, asBytes);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] expected) {
        return bytes.length >= offset + expected.length
                && Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (startsWith(bytes, i, part)) {
                return i;
            }
        }
        return -1;
    }
}
