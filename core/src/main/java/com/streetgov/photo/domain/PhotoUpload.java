package com.streetgov.photo.domain;

import java.util.Objects;

/** A file as the resident sent it: its name (only for messages) and its bytes. */
public record PhotoUpload(String fileName, byte[] bytes) {

    public PhotoUpload {
        Objects.requireNonNull(bytes, "bytes");
        fileName = fileName == null ? "" : fileName;
    }
}
