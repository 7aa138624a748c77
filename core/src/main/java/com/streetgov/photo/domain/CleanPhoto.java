package com.streetgov.photo.domain;

/**
 * A photo that passed {@link PhotoCheck}: its content type ({@code image/jpeg} or {@code image/png}),
 * the bytes to store (cleaned unless {@code locationKept}), a JPEG thumbnail, and its size in pixels.
 */
public record CleanPhoto(
        String contentType, byte[] bytes, byte[] thumbnail, int width, int height, boolean locationKept) {}
