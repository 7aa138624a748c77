package com.streetgov.duty.application;

import com.streetgov.audit.application.ConfigChanges;
import com.streetgov.audit.domain.ConfigArea;
import com.streetgov.duty.domain.Coverage;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyListRepository;
import com.streetgov.duty.domain.DutyQuery;
import com.streetgov.duty.domain.MovementRegister;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.reform.application.ReformModelService;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.reform.domain.Unit;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The current district's duty list: paged reading, editing, all-or-nothing import, and coverage. */
@ApplicationScoped
@Transactional
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class DutyListService {

    @Inject
    ConfigChanges audit;

    @Inject
    DutyListRepository repository;

    @Inject
    ReformModelService reformModels;

    @Inject
    com.streetgov.duty.domain.DutySettingsRepository settings;

    @Inject
    jakarta.enterprise.event.Event<com.streetgov.duty.domain.DutyListChanged> changed;

    @Inject
    com.streetgov.tenancy.CurrentDistrict district;

    private void fireChanged() {
        changed.fire(new com.streetgov.duty.domain.DutyListChanged(district.require()));
    }

    public List<DutyItem> items() {
        return repository.findAll();
    }

    public List<DutyItem> page(DutyQuery query, int offset, int limit) {
        return repository.page(query, offset, limit);
    }

    public int count(DutyQuery query) {
        return repository.count(query);
    }

    public List<String> areas() {
        return repository.areas();
    }

    public java.util.Optional<DutyItem> find(String code) {
        return repository.find(code);
    }

    /**
     * Saves one item (new or edited); refused, each problem said, when a required field is missing or
     * the period is backwards. {@code isNew} refuses a code already taken.
     */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void save(DutyItem item, boolean isNew) throws InvalidItemException {
        List<Text> problems = new ArrayList<>();
        if (blank(item.code())) {
            problems.add(Text.of("duty.item.codeMissing"));
        } else if (isNew && repository.find(item.code()).isPresent()) {
            problems.add(Text.of("duty.item.codeTaken", item.code()));
        }
        if (blank(item.name())) {
            problems.add(Text.of("duty.item.nameMissing"));
        }
        if (blank(item.area())) {
            problems.add(Text.of("duty.item.areaMissing"));
        }
        if (item.effectiveFrom() == null) {
            problems.add(Text.of("duty.item.effectiveFromMissing"));
        } else if (item.effectiveTo() != null && !item.effectiveTo().isAfter(item.effectiveFrom())) {
            problems.add(Text.of("duty.item.periodBackwards"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidItemException(problems);
        }
        repository.save(item);
        audit.record(
                ConfigArea.DUTY_LIST,
                isNew
                        ? Text.of("duty.audit.itemAdded", item.code(), item.name())
                        : Text.of("duty.audit.itemChanged", item.code(), item.name()));
        fireChanged();
    }

    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void delete(String code) {
        repository.delete(code);
        audit.record(ConfigArea.DUTY_LIST, Text.of("duty.audit.itemDeleted", code));
        fireChanged();
    }

    /** Replaces the list with an imported one, in one transaction. */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void replace(List<DutyItem> items) {
        repository.replaceAll(items);
        audit.record(ConfigArea.DUTY_LIST, Text.of("duty.audit.listReplaced", items.size()));
        fireChanged();
    }

    /** As {@link #replace(List)}, reporting rows written to {@code progress} (large imports). */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void replace(List<DutyItem> items, java.util.function.IntConsumer progress) {
        repository.replaceAll(items, progress);
        audit.record(ConfigArea.DUTY_LIST, Text.of("duty.audit.listImported", items.size()));
        fireChanged();
    }

    public List<StreetProfile> streets() {
        return reformModels.current().map(m -> m.streets()).orElse(List.of());
    }

    public List<Unit> layout(String streetCode, LocalDate date) {
        return reformModels.current().map(m -> m.unitsOf(streetCode, date)).orElse(List.of());
    }

    /** The units a duty item may name on {@code date}: those of any street's layout then, code to name. */
    public java.util.Map<String, String> unitsInForce(LocalDate date) {
        java.util.Map<String, String> units = new java.util.LinkedHashMap<>();
        streets().forEach(street -> layout(street.code(), date).forEach(u -> units.putIfAbsent(u.code(), u.name())));
        return units;
    }

    public Coverage coverage(String streetCode, LocalDate date) {
        return Coverage.of(streetCode, date, layout(streetCode, date), repository.findAll(), repository.assignments());
    }

    /** Every street's coverage on {@code date}, street code → coverage, reading the list once. */
    public java.util.Map<String, Coverage> coverageOfStreets(LocalDate date) {
        List<DutyItem> items = repository.findAll();
        List<StreetAssignment> assignments = repository.assignments();
        java.util.Map<String, Coverage> coverage = new java.util.LinkedHashMap<>();
        streets()
                .forEach(street -> coverage.put(
                        street.code(),
                        Coverage.of(street.code(), date, layout(street.code(), date), items, assignments)));
        return coverage;
    }

    public List<StreetAssignment> assignments() {
        return repository.assignments();
    }

    public boolean streetsMayRedivide() {
        return settings.streetsMayRedivide();
    }

    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void allowStreetRedivision(boolean allowed) {
        settings.allowStreetRedivision(allowed);
        audit.record(
                ConfigArea.REDIVISION,
                allowed ? Text.of("duty.audit.redivisionAllowed") : Text.of("duty.audit.redivisionForbidden"));
    }

    /**
     * A street's own division of a street-level item's lead, where the district allows it (Luohu): the
     * lead units must be units of that street's layout today. {@code ownStreet} is the name of the
     * street the person acts for (street staff may change only their own street); empty for a district
     * administrator. Refused, each problem said, otherwise.
     */
    public void reassign(StreetAssignment assignment, java.util.Optional<String> ownStreet)
            throws InvalidItemException {
        List<Text> problems = new ArrayList<>();
        if (!settings.streetsMayRedivide()) {
            problems.add(Text.of("duty.redivision.notAllowed"));
        }
        String streetName = streets().stream()
                .filter(s -> s.code().equals(assignment.street()))
                .map(StreetProfile::name)
                .findFirst()
                .orElse(assignment.street());
        if (ownStreet.isPresent() && !ownStreet.get().equals(streetName)) {
            problems.add(Text.of("duty.redivision.ownStreetOnly", streetName));
        }
        var item = repository.find(assignment.itemCode());
        if (item.isEmpty() || item.get().level() != com.streetgov.duty.domain.DutyLevel.STREET) {
            problems.add(Text.of("duty.redivision.noStreetItem", assignment.itemCode()));
        }
        var units = layout(assignment.street(), LocalDate.now()).stream()
                .map(Unit::code)
                .toList();
        if (assignment.leadUnits().isEmpty()) {
            problems.add(Text.of("duty.redivision.pickLead"));
        }
        assignment.leadUnits().stream()
                .filter(u -> !units.contains(u))
                .forEach(u -> problems.add(Text.of("duty.redivision.unitNotInStreet", u)));
        if (!problems.isEmpty()) {
            throw new InvalidItemException(problems);
        }
        repository.saveAssignment(assignment);
        audit.record(
                ConfigArea.REDIVISION,
                Text.of(
                        "duty.audit.reassigned",
                        assignment.street(),
                        assignment.itemCode(),
                        String.join("、", assignment.leadUnits())));
        fireChanged();
    }

    /**
     * The district's own division of leads by layout (a seed template's leads by layout, at
     * installation): each assignment gives a street its lead units for a street-level item, the units
     * of that street's layout in force on {@code on}. Saved as street assignments like {@link #reassign}
     * saves a street's own division, and audited under 街道分工 with {@code reason}, one entry each.
     * Whether the district lets streets re-divide does not matter here: that setting is about streets
     * changing their own division, this is the district's. All or nothing: refused, each problem said,
     * nothing saved, when any assignment is wrong.
     */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void assignByLayout(List<StreetAssignment> assignments, LocalDate on, String reason)
            throws InvalidItemException {
        List<Text> problems = new ArrayList<>();
        for (StreetAssignment assignment : assignments) {
            if (streets().stream().noneMatch(s -> s.code().equals(assignment.street()))) {
                problems.add(Text.of("duty.redivision.noStreet", assignment.street()));
                continue;
            }
            var item = repository.find(assignment.itemCode());
            if (item.isEmpty() || item.get().level() != com.streetgov.duty.domain.DutyLevel.STREET) {
                problems.add(Text.of("duty.redivision.noStreetItem", assignment.itemCode()));
            }
            var units = layout(assignment.street(), on).stream().map(Unit::code).toList();
            if (assignment.leadUnits().isEmpty()) {
                problems.add(Text.of("duty.redivision.itemPickLead", assignment.itemCode()));
            }
            assignment.leadUnits().stream()
                    .filter(u -> !units.contains(u))
                    .forEach(
                            u -> problems.add(Text.of("duty.redivision.unitNotInNamedStreet", u, assignment.street())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidItemException(problems);
        }
        for (StreetAssignment assignment : assignments) {
            repository.saveAssignment(assignment);
            audit.record(
                    ConfigArea.REDIVISION,
                    Text.of(
                            "duty.audit.assignedByLayout",
                            assignment.street(),
                            assignment.itemCode(),
                            String.join("、", assignment.leadUnits())),
                    reason);
        }
        if (!assignments.isEmpty()) {
            fireChanged();
        }
    }

    public MovementRegister movements() {
        return MovementRegister.of(repository.findAll());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * An item (or assignment) refused by the checks: every problem found, each a text; the refusal's
     * own text is them all, joined.
     */
    public static class InvalidItemException extends RefusedException {
        private final transient List<Text> problems;

        public InvalidItemException(List<Text> problems) {
            super(joined(problems));
            this.problems = List.copyOf(problems);
        }

        public List<Text> problems() {
            return problems;
        }

        private static Text joined(List<Text> problems) {
            Text all = problems.get(0);
            for (Text next : problems.subList(1, problems.size())) {
                all = Text.of("text.joined", all, next);
            }
            return all;
        }
    }
}
