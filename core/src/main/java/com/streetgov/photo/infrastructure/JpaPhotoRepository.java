package com.streetgov.photo.infrastructure;

import com.streetgov.photo.domain.CleanPhoto;
import com.streetgov.photo.domain.PhotoInfo;
import com.streetgov.photo.domain.PhotoRepository;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPhotoRepository extends TenantRepository implements PhotoRepository {

    @Override
    public int add(String matterNumber, List<CleanPhoto> photos, LocalDateTime at) {
        Integer last = em().createQuery("select max(p.seq) from PhotoEntity p where p.matterNumber = :n", Integer.class)
                .setParameter("n", matterNumber)
                .getSingleResult();
        int seq = last == null ? 0 : last;
        for (CleanPhoto photo : photos) {
            em().persist(new PhotoEntity(matterNumber, ++seq, photo, at));
        }
        em().flush();
        return seq;
    }

    @Override
    public List<PhotoInfo> list(String matterNumber) {
        return em().createQuery(
                        "select new com.streetgov.photo.domain.PhotoInfo(p.seq, p.contentType, p.sizeBytes, p.width,"
                                + " p.height, p.uploadedAt) from PhotoEntity p where p.matterNumber = :n order by p.seq",
                        PhotoInfo.class)
                .setParameter("n", matterNumber)
                .getResultList();
    }

    @Override
    public Optional<Image> image(String matterNumber, int seq, boolean thumbnail) {
        return em().createQuery(
                        "select p.contentType, " + (thumbnail ? "p.thumbnail" : "p.bytes")
                                + " from PhotoEntity p where p.matterNumber = :n and p.seq = :s",
                        Object[].class)
                .setParameter("n", matterNumber)
                .setParameter("s", seq)
                .getResultStream()
                .findFirst()
                .map(row -> new Image(thumbnail ? "image/jpeg" : (String) row[0], (byte[]) row[1]));
    }
}
