package com.streetgov.photo.infrastructure;

import com.streetgov.photo.domain.CleanPhoto;
import com.streetgov.photo.domain.PhotoInfo;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** One photo of a matter with its thumbnail (tenant-owned). */
@Entity
@Table(name = "matter_photo")
@IdClass(PhotoEntity.Key.class)
class PhotoEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "matter_number")
    String matterNumber;

    @Id
    @Column(name = "seq")
    int seq;

    @Column(name = "content_type", nullable = false)
    String contentType;

    @Column(name = "bytes", nullable = false)
    byte[] bytes;

    @Column(name = "thumbnail", nullable = false)
    byte[] thumbnail;

    @Column(name = "size_bytes", nullable = false)
    int sizeBytes;

    @Column(name = "width", nullable = false)
    int width;

    @Column(name = "height", nullable = false)
    int height;

    @Column(name = "location_kept", nullable = false)
    boolean locationKept;

    @Column(name = "uploaded_at", nullable = false)
    LocalDateTime uploadedAt;

    protected PhotoEntity() {}

    PhotoEntity(String matterNumber, int seq, CleanPhoto photo, LocalDateTime at) {
        this.matterNumber = matterNumber;
        this.seq = seq;
        this.contentType = photo.contentType();
        this.bytes = photo.bytes();
        this.thumbnail = photo.thumbnail();
        this.sizeBytes = photo.bytes().length;
        this.width = photo.width();
        this.height = photo.height();
        this.locationKept = photo.locationKept();
        this.uploadedAt = at;
    }

    PhotoInfo toInfo() {
        return new PhotoInfo(seq, contentType, sizeBytes, width, height, uploadedAt);
    }

    /** The key within the district. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String matterNumber;
        int seq;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.seq == seq && Objects.equals(k.matterNumber, matterNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hash(matterNumber, seq);
        }
    }
}
