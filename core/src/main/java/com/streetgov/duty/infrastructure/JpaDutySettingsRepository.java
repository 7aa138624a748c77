package com.streetgov.duty.infrastructure;

import com.streetgov.duty.domain.AdmissionPolicy;
import com.streetgov.duty.domain.DutySettingsRepository;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The district's settings row in table {@code duty_settings} (key {@link DutySettingsEntity#ADMISSION});
 * the first change creates it with the default policy.
 */
@ApplicationScoped
public class JpaDutySettingsRepository extends TenantRepository implements DutySettingsRepository {

    /** Xicheng's published rule, used until a district sets its own. */
    static final AdmissionPolicy DEFAULT_POLICY = new AdmissionPolicy(30, 15);

    @Override
    public AdmissionPolicy policy() {
        return stored().map(DutySettingsEntity::toPolicy).orElse(DEFAULT_POLICY);
    }

    @Override
    public void savePolicy(AdmissionPolicy policy) {
        settings().update(policy);
        em().flush();
    }

    @Override
    public boolean streetsMayRedivide() {
        return stored().map(DutySettingsEntity::streetsMayRedivide).orElse(false);
    }

    @Override
    public void allowStreetRedivision(boolean allowed) {
        settings().allowRedivision(allowed);
        em().flush();
    }

    private Optional<DutySettingsEntity> stored() {
        return Optional.ofNullable(em().find(DutySettingsEntity.class, DutySettingsEntity.ADMISSION));
    }

    /** The district's settings row, created with the default policy if it has none yet. */
    private DutySettingsEntity settings() {
        return stored().orElseGet(() -> {
            DutySettingsEntity created = new DutySettingsEntity(DEFAULT_POLICY);
            em().persist(created);
            return created;
        });
    }
}
