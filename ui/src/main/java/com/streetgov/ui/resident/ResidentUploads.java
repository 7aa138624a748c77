package com.streetgov.ui.resident;

import com.streetgov.photo.domain.PhotoCheck;
import com.streetgov.photo.domain.PhotoUpload;
import com.streetgov.text.RefusedException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the photos of a submission form ({@code multipart/form-data}, field {@code photo}). The
 * container holds a whole request to {@link #REQUEST_MAX} (three photos at their limit and the text);
 * a larger one is refused as a whole before any part is read. A file over
 * {@link PhotoCheck#MAX_BYTES} is refused by its declared size without being read into memory; the
 * rest — count, content, cleaning — is {@link PhotoCheck}'s.
 */
final class ResidentUploads {

    /** A submission's largest body: three photos at their limit and 1 MiB of form fields. */
    static final long REQUEST_MAX = (long) PhotoCheck.MAX_PHOTOS * PhotoCheck.MAX_BYTES + (1 << 20);

    private ResidentUploads() {}

    /**
     * The body as a whole is refused before any part is read: over {@link #REQUEST_MAX} (413) or not a
     * well-formed multipart body (400); {@code text} is the key of what the page says.
     */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final String text;

        Unreadable(int status, String text) {
            this.status = status;
            this.text = text;
        }
    }

    /** The files chosen (an empty file input sends none), in order; a urlencoded form has none. */
    static List<PhotoUpload> photos(HttpServletRequest request) throws IOException, RefusedException, Unreadable {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return List.of();
        }
        List<PhotoUpload> photos = new ArrayList<>();
        try {
            for (Part part : request.getParts()) {
                String name = part.getSubmittedFileName();
                if (!"photo".equals(part.getName()) || name == null || name.isEmpty() || part.getSize() == 0) {
                    continue;
                }
                if (photos.size() == PhotoCheck.MAX_PHOTOS) {
                    throw PhotoCheck.Refusal.TOO_MANY.of(name);
                }
                if (part.getSize() > PhotoCheck.MAX_BYTES) {
                    throw PhotoCheck.Refusal.TOO_LARGE.of(shortName(name));
                }
                try (InputStream in = part.getInputStream()) {
                    photos.add(new PhotoUpload(shortName(name), in.readAllBytes()));
                }
            }
        } catch (IllegalStateException tooLarge) {
            // The container's limit (jakarta.servlet.annotation.MultipartConfig) was exceeded.
            throw new Unreadable(413, "photo_REQUEST_TOO_LARGE");
        } catch (ServletException malformed) {
            throw new Unreadable(400, "photo_MALFORMED");
        }
        return photos;
    }

    /** The file's own name, at most 80 characters: it is only repeated in a message. */
    private static String shortName(String submitted) {
        String name = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        return name.length() > 80 ? name.substring(0, 80) + "…" : name;
    }
}
