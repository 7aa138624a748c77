package com.streetgov.photo.application;

import com.streetgov.photo.domain.PhotoInfo;
import com.streetgov.photo.domain.PhotoRepository;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** A matter's photos as the district's staff see them on the matter page (thumbnails, then the photo). */
@ApplicationScoped
@Transactional
@Allowed(
        value = {CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF},
        vendorReview = true)
public class MatterPhotos {

    @Inject
    PhotoRepository photos;

    /** The matter's photos, in the order they came. */
    public List<PhotoInfo> list(String matterNumber) {
        return photos.list(matterNumber);
    }

    /** Photo {@code seq} of the matter, or its thumbnail. */
    public Optional<PhotoRepository.Image> image(String matterNumber, int seq, boolean thumbnail) {
        return photos.image(matterNumber, seq, thumbnail);
    }
}
