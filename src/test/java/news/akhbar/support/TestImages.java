package news.akhbar.support;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images the tests make themselves: photographs with GPS positions, graphics, and hostile files. */
public final class TestImages {

    /** The camera name written into the EXIF of {@link #withGpsExif}: found in the upload, never in a rendition. */
    public static final String CAMERA = "AkhbarTestCam";

    /** A lossless 1 × 1 WebP (the one browsers' feature tests use): the JDK writes no WebP. */
    public static final byte[] WEBP_1X1 =
            Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private TestImages() {}

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    public static byte[] gif(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "gif");
    }

    public static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JPEG with an EXIF segment right after its start, as a phone writes one: the camera's name and where the
     * picture was taken (33° 30′ N, 36° 17′ E: Damascus).
     */
    public static byte[] withGpsExif(byte[] jpeg) {
        byte[] make = (CAMERA + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifd0 = 8;
        int gpsIfd = ifd0 + 2 + 2 * 12 + 4;
        int makeAt = gpsIfd + 2 + 4 * 12 + 4;
        int latitudeAt = makeAt + make.length;
        int longitudeAt = latitudeAt + 24;
        ByteBuffer tiff = ByteBuffer.allocate(longitudeAt + 24).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 2);
        entry(tiff, 0x010F, 2, make.length, makeAt);
        entry(tiff, 0x8825, 4, 1, gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) 4);
        entry(tiff, 0x0001, 2, 2, 'N');
        entry(tiff, 0x0002, 5, 3, latitudeAt);
        entry(tiff, 0x0003, 2, 2, 'E');
        entry(tiff, 0x0004, 5, 3, longitudeAt);
        tiff.putInt(0);
        tiff.put(make);
        for (int value : new int[] {33, 30, 0, 36, 17, 0}) {
            tiff.putInt(value).putInt(1);
        }
        return withExif(jpeg, tiff.array());
    }

    /** The JPEG with an EXIF orientation: 6 says it is stored turned a quarter counter-clockwise, as phones do. */
    public static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        entry(tiff, 0x0112, 3, 1, orientation);
        tiff.putInt(0);
        return withExif(jpeg, tiff.array());
    }

    /** A JPEG whose left third is red and the rest blue: which way it is turned shows. */
    public static byte[] redLeftThird(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.BLUE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 3, height);
        graphics.dispose();
        return encode(image, "jpeg");
    }

    private static byte[] withExif(byte[] jpeg, byte[] tiff) {
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + header.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(header);
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The markers of a JPEG's segments before its image data (0xE1 is EXIF's APP1). */
    public static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF);
        }
        return markers;
    }

    public static boolean contains(byte[] bytes, String text) {
        byte[] part = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A decompression bomb: a small PNG whose header declares 100,000 × 100,000 pixels (40 GB once decoded), with a
     * correct checksum, so that only the declared size gives it away.
     */
    public static byte[] pngBomb() {
        byte[] png = png(8, 8);
        ByteBuffer buffer = ByteBuffer.wrap(png);
        // Signature (8), then IHDR: length (4), "IHDR" (4), width, height, …, CRC over type and data.
        buffer.putInt(16, 100_000);
        buffer.putInt(20, 100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return png;
    }

    /** A real picture that is also something else: a page with a script appended after the image's end. */
    public static byte[] polyglot() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(jpeg(64, 64));
        out.writeBytes("<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    public static byte[] truncated() {
        byte[] whole = jpeg(400, 300);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /** A gradient with shapes: something a codec must actually work on. */
    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(20, 90, 160), width, height, new Color(230, 180, 40)));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(200, 30, 30));
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
