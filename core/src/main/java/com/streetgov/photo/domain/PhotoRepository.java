package com.streetgov.photo.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The current district's photos, per matter, numbered from 1 in the order they were added. */
public interface PhotoRepository {

    /** Adds the photos after the matter's existing ones; returns how many the matter now has. */
    int add(String matterNumber, List<CleanPhoto> photos, LocalDateTime at);

    /** The matter's photos without their bytes, in order. */
    List<PhotoInfo> list(String matterNumber);

    /** The stored bytes of photo {@code seq} (or its thumbnail) with its content type. */
    Optional<Image> image(String matterNumber, int seq, boolean thumbnail);

    /** Bytes with their content type. */
    record Image(String contentType, byte[] bytes) {}
}
