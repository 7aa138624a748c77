package com.streetgov.enforcement.application;

import com.streetgov.audit.application.ConfigChanges;
import com.streetgov.audit.domain.ConfigArea;
import com.streetgov.enforcement.domain.AppointmentConsultation;
import com.streetgov.enforcement.domain.EnforcementCoverage;
import com.streetgov.enforcement.domain.EnforcementPower;
import com.streetgov.enforcement.domain.EnforcementRepository;
import com.streetgov.enforcement.domain.EnforcementTeam;
import com.streetgov.enforcement.domain.PowerQuery;
import com.streetgov.enforcement.domain.SecondedStaff;
import com.streetgov.reform.application.ReformModelService;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The current district's enforcement catalog, its streets' teams, and whether they hold every power. */
@ApplicationScoped
@Transactional
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class EnforcementService {

    @Inject
    ConfigChanges audit;

    @Inject
    EnforcementRepository repository;

    @Inject
    ReformModelService reformModels;

    public List<EnforcementPower> powers() {
        return repository.findAll();
    }

    public List<EnforcementPower> page(PowerQuery query, int offset, int limit) {
        return repository.page(query, offset, limit);
    }

    public int count(PowerQuery query) {
        return repository.count(query);
    }

    /** Replaces the catalog with an imported one, in one transaction. */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void replace(List<EnforcementPower> powers) {
        repository.replaceAll(powers);
        audit.record(ConfigArea.ENFORCEMENT, Text.of("enforcement.audit.catalogReplaced", powers.size()));
    }

    /** As {@link #replace(List)}, reporting rows written to {@code progress} (large imports). */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void replace(List<EnforcementPower> powers, java.util.function.IntConsumer progress) {
        repository.replaceAll(powers, progress);
        audit.record(ConfigArea.ENFORCEMENT, Text.of("enforcement.audit.catalogImported", powers.size()));
    }

    public List<EnforcementTeam> teams() {
        return repository.teams();
    }

    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void saveTeam(EnforcementTeam team) {
        repository.saveTeam(team);
        audit.record(
                ConfigArea.TEAMS,
                Text.of(
                        "enforcement.audit.teamSaved",
                        team.name(),
                        team.domains().size()));
    }

    public List<SecondedStaff> staff(String street) {
        return repository.staff(street);
    }

    @Allowed(CallerRole.DISTRICT_ADMIN)
    public SecondedStaff second(String street, String name, String agency, LocalDate since) {
        SecondedStaff staff = new SecondedStaff(UUID.randomUUID().toString(), street, name, agency, since);
        repository.addStaff(staff);
        audit.record(ConfigArea.TEAMS, Text.of("enforcement.audit.seconded", street, name, agency));
        return staff;
    }

    public List<AppointmentConsultation> consultations(String street) {
        return repository.consultations(street);
    }

    @Allowed(CallerRole.DISTRICT_ADMIN)
    public AppointmentConsultation consult(
            String street, LocalDate on, String post, String candidate, String agency, String opinion) {
        AppointmentConsultation c =
                new AppointmentConsultation(UUID.randomUUID().toString(), street, on, post, candidate, agency, opinion);
        repository.addConsultation(c);
        audit.record(ConfigArea.TEAMS, Text.of("enforcement.audit.consulted", street, post, candidate));
        return c;
    }

    /** The streets of the district's reform model, code to name, in model order. */
    public Map<String, String> streets() {
        Map<String, String> streets = new LinkedHashMap<>();
        reformModels.current().map(m -> m.streets()).orElse(List.of()).stream()
                .forEach((StreetProfile s) -> streets.put(s.code(), s.name()));
        return streets;
    }

    public EnforcementCoverage coverage(LocalDate on) {
        return EnforcementCoverage.of(streets(), repository.findAll(), repository.teams(), on);
    }
}
