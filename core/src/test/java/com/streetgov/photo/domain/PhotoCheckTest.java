package com.streetgov.photo.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.text.RefusedException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;

/** Photos as residents send them, and as they must not be stored. */
class PhotoCheckTest {

    /** A landscape JPEG, 800 × 600, left half red. */
    static byte[] jpeg() throws Exception {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 600);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 400, 600);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** The JPEG with EXIF: GPS position, camera, and an orientation saying "turn 90° clockwise". */
    static byte[] jpegWithGps() throws Exception {
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(116.366, 39.912);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) 6);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "PhoneMaker");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg(), out, exif);
        return out.toByteArray();
    }

    static TiffImageMetadata exif(byte[] jpeg) throws Exception {
        return Imaging.getMetadata(jpeg) instanceof JpegImageMetadata m ? m.getExif() : null;
    }

    @Test
    void aJpegLosesItsLocationAndCameraButKeepsItsOrientation() throws Exception {
        byte[] original = jpegWithGps();
        assertNotNull(exif(original).getGpsInfo(), "the test photo carries a location");

        CleanPhoto clean = PhotoCheck.clean(new PhotoUpload("IMG_1.jpg", original), false);

        assertEquals("image/jpeg", clean.contentType());
        TiffImageMetadata left = exif(clean.bytes());
        assertNotNull(left, "the orientation is written back");
        assertNull(left.getGpsInfo(), "no location remains");
        assertNull(left.findField(TiffTagConstants.TIFF_TAG_MAKE), "no camera remains");
        assertEquals(6, left.findField(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue());
        assertFalse(contains(clean.bytes(), "PhoneMaker"));
        assertEquals(800, clean.width());
        assertEquals(600, clean.height());
        assertFalse(clean.locationKept());
        // The pixels are untouched (lossless): the image decodes to the same size.
        assertEquals(800, ImageIO.read(new ByteArrayInputStream(clean.bytes())).getWidth());
    }

    @Test
    void theThumbnailStandsUprightAndFitsTheBox() throws Exception {
        CleanPhoto clean = PhotoCheck.clean(new PhotoUpload("IMG_1.jpg", jpegWithGps()), false);
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(clean.thumbnail()));
        // 800 × 600 turned a quarter: 240 wide, 320 high; the red half is now on top.
        assertEquals(240, thumbnail.getWidth());
        assertEquals(PhotoCheck.THUMBNAIL, thumbnail.getHeight());
        assertTrue(new Color(thumbnail.getRGB(120, 40)).getRed() > 200);
        assertTrue(new Color(thumbnail.getRGB(120, 40)).getGreen() < 80, "top is red");
        assertTrue(new Color(thumbnail.getRGB(120, 280)).getGreen() > 200, "bottom is white");
    }

    @Test
    void aResidentWhoSharesTheLocationKeepsTheFileAsItWas() throws Exception {
        byte[] original = jpegWithGps();
        CleanPhoto kept = PhotoCheck.clean(new PhotoUpload("IMG_1.jpg", original), true);
        assertArrayEquals(original, kept.bytes());
        assertTrue(kept.locationKept());
    }

    @Test
    void aPngIsReEncodedWithoutItsTextChunks() throws Exception {
        BufferedImage image = new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        byte[] png = withChunk(out.toByteArray(), "tEXt", "Location\0Xicheng 116.366,39.912");
        assertTrue(contains(png, "Location"));

        CleanPhoto clean = PhotoCheck.clean(new PhotoUpload("shot.png", png), false);

        assertEquals("image/png", clean.contentType());
        assertFalse(contains(clean.bytes(), "Location"));
        assertEquals(50, ImageIO.read(new ByteArrayInputStream(clean.bytes())).getWidth());
        assertEquals(40, clean.height());
    }

    @Test
    void theContentDecidesNotTheName() {
        byte[] text = "这不是图片，只是改了扩展名".getBytes(StandardCharsets.UTF_8);
        RefusedException refused =
                assertThrows(RefusedException.class, () -> PhotoCheck.clean(new PhotoUpload("photo.jpg", text), false));
        assertEquals(Optional.of(PhotoCheck.Refusal.NOT_AN_IMAGE), PhotoCheck.Refusal.of(refused));
        assertEquals("photo.jpg", PhotoCheck.Refusal.fileName(refused));
        assertTrue(refused.getMessage().contains("photo.jpg"));
    }

    @Test
    void aJpegSignatureWithGarbageBehindItIsNoImage() {
        byte[] fake = new byte[2000];
        Arrays.fill(fake, (byte) 0x41);
        fake[0] = (byte) 0xff;
        fake[1] = (byte) 0xd8;
        fake[2] = (byte) 0xff;
        assertEquals(
                Optional.of(PhotoCheck.Refusal.NOT_AN_IMAGE),
                PhotoCheck.Refusal.of(assertThrows(
                        RefusedException.class, () -> PhotoCheck.clean(new PhotoUpload("x.jpg", fake), false))));
    }

    @Test
    void heicIsNamedAsSuch() {
        byte[] heic = new byte[64];
        System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
        assertEquals(
                Optional.of(PhotoCheck.Refusal.HEIC),
                PhotoCheck.Refusal.of(assertThrows(
                        RefusedException.class, () -> PhotoCheck.clean(new PhotoUpload("IMG.HEIC", heic), false))));
    }

    @Test
    void moreThanFiveMegabytesIsRefusedBeforeDecoding() throws Exception {
        byte[] big = Arrays.copyOf(jpeg(), PhotoCheck.MAX_BYTES + 1);
        assertEquals(
                Optional.of(PhotoCheck.Refusal.TOO_LARGE),
                PhotoCheck.Refusal.of(assertThrows(
                        RefusedException.class, () -> PhotoCheck.clean(new PhotoUpload("big.jpg", big), false))));
    }

    @Test
    void aPngClaimingHugeDimensionsIsRefusedFromItsHeader() {
        ByteBuffer header = ByteBuffer.allocate(13)
                .putInt(20_000)
                .putInt(20_000)
                .put((byte) 8)
                .put((byte) 2);
        byte[] png = chunk(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, "IHDR", header.array());
        assertEquals(
                Optional.of(PhotoCheck.Refusal.TOO_MANY_PIXELS),
                PhotoCheck.Refusal.of(assertThrows(
                        RefusedException.class, () -> PhotoCheck.clean(new PhotoUpload("bomb.png", png), false))));
    }

    @Test
    void atMostThreePhotos() throws Exception {
        PhotoUpload one = new PhotoUpload("a.jpg", jpeg());
        assertEquals(3, PhotoCheck.clean(List.of(one, one, one), false).size());
        assertEquals(
                Optional.of(PhotoCheck.Refusal.TOO_MANY),
                PhotoCheck.Refusal.of(assertThrows(
                        RefusedException.class, () -> PhotoCheck.clean(List.of(one, one, one, one), false))));
    }

    /** The PNG with one more chunk inserted after IHDR. */
    static byte[] withChunk(byte[] png, String type, String text) {
        int afterHeader = 8 + 8 + 13 + 4;
        byte[] head = Arrays.copyOf(png, afterHeader);
        byte[] withChunk = chunk(head, type, text.getBytes(StandardCharsets.ISO_8859_1));
        byte[] all = Arrays.copyOf(withChunk, withChunk.length + png.length - afterHeader);
        System.arraycopy(png, afterHeader, all, withChunk.length, png.length - afterHeader);
        return all;
    }

    static byte[] chunk(byte[] before, String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length)
                .put(type.getBytes(StandardCharsets.ISO_8859_1))
                .put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        byte[] all = Arrays.copyOf(before, before.length + chunk.capacity());
        System.arraycopy(chunk.array(), 0, all, before.length, chunk.capacity());
        return all;
    }

    static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
