package com.streetgov.ui.resident;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.streetgov.photo.domain.PhotoRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The images of a tracking page: the resident's photos (as stored, or the thumbnail) and the QR code
 * of the tracking link. Both are private to whoever holds the code — never cached by a shared cache,
 * never sniffed into another type, never sent on as a referrer.
 */
final class ResidentMedia {

    /** Side of the QR code image in pixels. */
    static final int QR_SIZE = 240;

    private ResidentMedia() {}

    static void image(HttpServletResponse response, PhotoRepository.Image image) throws IOException {
        send(response, image.contentType(), image.bytes());
    }

    /** The QR code of {@code link} as a PNG (error correction M, a quiet zone of two modules). */
    static void qr(HttpServletResponse response, String link) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            link,
                            BarcodeFormat.QR_CODE,
                            QR_SIZE,
                            QR_SIZE,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException tooLong) {
            // A link is a few hundred characters at most; a QR code holds thousands.
            throw new IllegalStateException(tooLong);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xffffff);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        send(response, "image/png", png.toByteArray());
    }

    /** The absolute address of the tracking page, as the resident's browser reached this server. */
    static String trackingLink(HttpServletRequest request, String district, String code) {
        String url = request.getRequestURL().toString();
        String base = url.substring(0, url.indexOf(request.getContextPath() + "/r/"));
        return base + ResidentPages.trackingPath(request, district, code);
    }

    private static void send(HttpServletResponse response, String type, byte[] bytes) throws IOException {
        response.setStatus(200);
        response.setContentType(type);
        response.setContentLength(bytes.length);
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Disposition", "inline");
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }
}
