package com.streetgov.matter.application;

import com.streetgov.dispatch.domain.Department;
import com.streetgov.dispatch.domain.DispatchCatalogRepository;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterRepository;
import com.streetgov.matter.domain.Referral;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Referral (转办) of the current district's matters to its district departments (the dispatch
 * catalog's): a person refers a matter that is not for the street's units — from the dispatch desk, or
 * from the matter page when a unit finds it is not the street's (issue 11). Intake refers on its own
 * when the router is sure the words point to a department ({@link MatterService#intake}). A refusal
 * rolls back and says why.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class Referrals {

    @Inject
    DispatchCatalogRepository catalog;

    @Inject
    MatterRepository repository;

    @Inject
    MatterClock clock;

    /** The departments a matter may be referred to, in the catalog's order. */
    public List<Department> departments() {
        return catalog.departments();
    }

    /** Refers the matter to the department with code {@code department}, with why in a person's words. */
    public Matter refer(String number, String department, String reason, String actor) throws RefusedException {
        return refer(number, department, Text.literal(reason), actor);
    }

    /** As {@link #refer(String, String, String, String)}, with why as a text (e.g. the dispatch desk's). */
    public Matter refer(String number, String department, Text reason, String actor) throws RefusedException {
        Department to = catalog.departments().stream()
                .filter(d -> d.code().equals(department))
                .findFirst()
                .orElseThrow(() -> new RefusedException("matter.refer.departmentUnknown"));
        Matter m = repository.find(number).orElseThrow(() -> new RefusedException("matter.numberUnknown", number));
        int known = m.events().size();
        m.refer(new Referral(to.code(), to.name()), reason, actor, clock.now());
        repository.update(m, known);
        return m;
    }
}
