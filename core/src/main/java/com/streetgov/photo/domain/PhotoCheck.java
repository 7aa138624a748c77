package com.streetgov.photo.domain;

import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * What a resident's photo must be, and how it is cleaned before it is stored (DD033). The type is
 * told by the content's signature and by decoding it (a text renamed {@code .jpg} is not an image);
 * JPEG and PNG are accepted; HEIC is named as such (browsers asked for {@code image/jpeg} convert it
 * on the phone). Unless the resident shares the location, a JPEG loses its EXIF (but its orientation),
 * XMP and IPTC segments losslessly, and a PNG is re-encoded from its pixels, which drops every
 * ancillary chunk. A JPEG thumbnail, turned upright, is made from a subsampled decode, so a large
 * photo never needs its full pixels in memory (the pixel limit guards the PNG's full decode).
 *
 * <p>A photo that is not accepted is refused with a {@link RefusedException} whose text names why
 * ({@link Refusal}) and the file; {@link Refusal#of} tells a photo's refusal from another.
 */
public final class PhotoCheck {

    /** Why a photo is refused, each with its text (the file's name its argument). */
    public enum Refusal {
        /** More than {@link #MAX_PHOTOS} photos. */
        TOO_MANY,
        /** More than {@link #MAX_BYTES} bytes. */
        TOO_LARGE,
        /** An HEIC/HEIF file, which this server does not decode. */
        HEIC,
        /** Not a JPEG or PNG by its content, or one that does not decode. */
        NOT_AN_IMAGE,
        /** More pixels than {@link #MAX_PIXELS}. */
        TOO_MANY_PIXELS;

        /** The refusal of the file {@code fileName} for this reason (too many: of them all, by their number). */
        public RefusedException of(String fileName) {
            Text text =
                    switch (this) {
                        case TOO_MANY -> Text.of("photo.tooMany", MAX_PHOTOS);
                        case TOO_LARGE -> Text.of("photo.tooLarge", fileName);
                        case HEIC -> Text.of("photo.heic", fileName);
                        case NOT_AN_IMAGE -> Text.of("photo.notAnImage", fileName);
                        case TOO_MANY_PIXELS -> Text.of("photo.tooManyPixels", fileName);
                    };
            return new RefusedException(text, "photo");
        }

        /** Why {@code refused} refused a photo; empty when it is not a photo's refusal. */
        public static Optional<Refusal> of(RefusedException refused) {
            for (Refusal r : values()) {
                if (r.of("").text().key().equals(refused.text().key())) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }

        /** The file named in {@code refused}, a photo's refusal. */
        public static String fileName(RefusedException refused) {
            List<Object> args = refused.text().args();
            return args.isEmpty() ? "" : String.valueOf(args.get(0));
        }
    }

    /** Photos per submission. */
    public static final int MAX_PHOTOS = 3;

    /** Bytes per photo (5 MB). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Pixels per photo (a 50-megapixel phone camera). */
    public static final long MAX_PIXELS = 50_000_000L;

    /** Pixels of a PNG, which is decoded whole to be re-encoded. */
    public static final long MAX_PNG_PIXELS = 16_000_000L;

    /** Longer side of a thumbnail, in pixels. */
    public static final int THUMBNAIL = 320;

    private static final Set<String> HEIF_BRANDS =
            Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PhotoCheck() {}

    /** Checks and cleans every upload, or refuses the first that fails; nothing is half-done. */
    public static List<CleanPhoto> clean(List<PhotoUpload> uploads, boolean keepLocation) throws RefusedException {
        if (uploads.size() > MAX_PHOTOS) {
            throw Refusal.TOO_MANY.of("");
        }
        List<CleanPhoto> clean = new ArrayList<>();
        for (PhotoUpload upload : uploads) {
            clean.add(clean(upload, keepLocation));
        }
        return clean;
    }

    /** Checks and cleans one upload. */
    public static CleanPhoto clean(PhotoUpload upload, boolean keepLocation) throws RefusedException {
        byte[] bytes = upload.bytes();
        if (bytes.length > MAX_BYTES) {
            throw refused(Refusal.TOO_LARGE, upload);
        }
        boolean jpeg =
                bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff;
        boolean png = bytes.length > PNG.length && Arrays.equals(bytes, 0, PNG.length, PNG, 0, PNG.length);
        if (!jpeg && !png) {
            throw refused(heif(bytes) ? Refusal.HEIC : Refusal.NOT_AN_IMAGE, upload);
        }
        try {
            return jpeg ? jpeg(upload, keepLocation) : png(upload, keepLocation);
        } catch (IOException | RuntimeException broken) {
            // ImageIO and the rewriters throw runtime exceptions on malformed files as well.
            throw refused(Refusal.NOT_AN_IMAGE, upload);
        }
    }

    private static CleanPhoto jpeg(PhotoUpload upload, boolean keepLocation) throws IOException, RefusedException {
        byte[] bytes = upload.bytes();
        Decoded decoded = decode(upload, "jpeg", MAX_PIXELS);
        int orientation = orientation(bytes);
        byte[] stored = keepLocation ? bytes : withoutMetadata(bytes, orientation);
        BufferedImage thumbnail = thumbnail(decoded.image(), orientation);
        return new CleanPhoto(
                "image/jpeg", stored, encodeJpeg(thumbnail), decoded.width(), decoded.height(), keepLocation);
    }

    private static CleanPhoto png(PhotoUpload upload, boolean keepLocation) throws IOException, RefusedException {
        Decoded decoded = decode(upload, "png", MAX_PNG_PIXELS);
        byte[] stored = upload.bytes();
        if (!keepLocation) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length);
            ImageIO.write(decoded.image(), "png", out);
            stored = out.toByteArray();
        }
        return new CleanPhoto(
                "image/png",
                stored,
                encodeJpeg(thumbnail(decoded.image(), 1)),
                decoded.width(),
                decoded.height(),
                keepLocation);
    }

    private record Decoded(BufferedImage image, int width, int height) {}

    /** Decodes the image, a JPEG subsampled towards twice the thumbnail's size, after checking its pixels. */
    private static Decoded decode(PhotoUpload upload, String format, long maxPixels)
            throws IOException, RefusedException {
        ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload.bytes()))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw refused(Refusal.NOT_AN_IMAGE, upload);
            }
            if ((long) width * height > maxPixels) {
                throw refused(Refusal.TOO_MANY_PIXELS, upload);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            if (format.equals("jpeg")) {
                int step = Math.max(1, Math.max(width, height) / (2 * THUMBNAIL));
                param.setSourceSubsampling(step, step, 0, 0);
            }
            return new Decoded(reader.read(0, param), width, height);
        } finally {
            reader.dispose();
        }
    }

    /** The EXIF orientation (1 to 8), 1 when there is none or it cannot be read. */
    static int orientation(byte[] jpeg) {
        try {
            ImageMetadata metadata = Imaging.getMetadata(jpeg);
            if (metadata instanceof JpegImageMetadata m) {
                TiffField field = m.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION);
                int value = field == null ? 1 : field.getIntValue();
                return value >= 1 && value <= 8 ? value : 1;
            }
        } catch (IOException | RuntimeException unreadable) {
            // A photo whose metadata cannot be read is shown as stored.
        }
        return 1;
    }

    /** The JPEG without EXIF, XMP and IPTC, lossless; an orientation other than 1 is written back alone. */
    private static byte[] withoutMetadata(byte[] jpeg, int orientation) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        new ExifRewriter().removeExifMetadata(jpeg, out);
        byte[] stripped = out.toByteArray();
        out = new ByteArrayOutputStream(stripped.length);
        new JpegXmpRewriter().removeXmpXml(stripped, out);
        stripped = out.toByteArray();
        out = new ByteArrayOutputStream(stripped.length);
        new JpegIptcRewriter().removeIptc(stripped, out);
        stripped = out.toByteArray();
        if (orientation == 1) {
            return stripped;
        }
        TiffOutputSet only = new TiffOutputSet();
        try {
            only.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        } catch (ImagingException impossible) {
            throw new IllegalStateException(impossible);
        }
        out = new ByteArrayOutputStream(stripped.length + 128);
        new ExifRewriter().updateExifMetadataLossless(stripped, out, only);
        return out.toByteArray();
    }

    /** Scales into the thumbnail's box on white and turns it as the orientation says (1, 3, 6, 8; mirrors ignored). */
    static BufferedImage thumbnail(BufferedImage image, int orientation) {
        double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        int quarterTurns =
                switch (orientation) {
                    case 3, 4 -> 2;
                    case 5, 6 -> 1;
                    case 7, 8 -> 3;
                    default -> 0;
                };
        boolean sideways = quarterTurns % 2 == 1;
        BufferedImage thumbnail = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumbnail.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, thumbnail.getWidth(), thumbnail.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform turn = new AffineTransform();
            turn.translate(thumbnail.getWidth() / 2.0, thumbnail.getHeight() / 2.0);
            turn.quadrantRotate(quarterTurns);
            turn.translate(-w / 2.0, -h / 2.0);
            g.setTransform(turn);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return thumbnail;
    }

    private static byte[] encodeJpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "jpeg", out)) {
            throw new IOException("no JPEG writer");
        }
        return out.toByteArray();
    }

    /** An ISO base media file whose major brand is one of HEIF's. */
    private static boolean heif(byte[] bytes) {
        if (bytes.length < 12) {
            return false;
        }
        String box = new String(bytes, 4, 4, StandardCharsets.ISO_8859_1);
        String brand = new String(bytes, 8, 4, StandardCharsets.ISO_8859_1);
        return box.equals("ftyp") && HEIF_BRANDS.contains(brand);
    }

    private static RefusedException refused(Refusal reason, PhotoUpload upload) {
        return reason.of(upload.fileName());
    }
}
