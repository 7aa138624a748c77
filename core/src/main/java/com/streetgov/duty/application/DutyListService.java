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
     * Saves one item (new or edited); refused with Chinese messages when a required field is missing
     * or the period is backwards. {@code isNew} refuses a code already taken.
     */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void save(DutyItem item, boolean isNew) throws InvalidItemException {
        List<String> problems = new ArrayList<>();
        if (blank(item.code())) {
            problems.add("编码不能为空");
        } else if (isNew && repository.find(item.code()).isPresent()) {
            problems.add("编码“" + item.code() + "”已存在");
        }
        if (blank(item.name())) {
            problems.add("事项名称不能为空");
        }
        if (blank(item.area())) {
            problems.add("领域不能为空");
        }
        if (item.effectiveFrom() == null) {
            problems.add("生效日期不能为空");
        } else if (item.effectiveTo() != null && !item.effectiveTo().isAfter(item.effectiveFrom())) {
            problems.add("失效日期须晚于生效日期");
        }
        if (!problems.isEmpty()) {
            throw new InvalidItemException(problems);
        }
        repository.save(item);
        audit.record(ConfigArea.DUTY_LIST, (isNew ? "新增事项 " : "修改事项 ") + item.code() + " " + item.name());
        fireChanged();
    }

    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void delete(String code) {
        repository.delete(code);
        audit.record(ConfigArea.DUTY_LIST, "删除事项 " + code);
        fireChanged();
    }

    /** Replaces the list with an imported one, in one transaction. */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void replace(List<DutyItem> items) {
        repository.replaceAll(items);
        audit.record(ConfigArea.DUTY_LIST, "整表替换职责清单，共 " + items.size() + " 项");
        fireChanged();
    }

    /** As {@link #replace(List)}, reporting rows written to {@code progress} (large imports). */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void replace(List<DutyItem> items, java.util.function.IntConsumer progress) {
        repository.replaceAll(items, progress);
        audit.record(ConfigArea.DUTY_LIST, "导入职责清单，共 " + items.size() + " 项");
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
        audit.record(ConfigArea.REDIVISION, allowed ? "允许街道自行调整职责分工" : "不允许街道自行调整职责分工");
    }

    /**
     * A street's own division of a street-level item's lead, where the district allows it (Luohu): the
     * lead units must be units of that street's layout today. {@code ownStreet} is the name of the
     * street the person acts for (street staff may change only their own street); empty for a district
     * administrator. Refused with Chinese messages otherwise.
     */
    public void reassign(StreetAssignment assignment, java.util.Optional<String> ownStreet)
            throws InvalidItemException {
        List<String> problems = new ArrayList<>();
        if (!settings.streetsMayRedivide()) {
            problems.add("本区未允许街道自行调整职责分工");
        }
        String streetName = streets().stream()
                .filter(s -> s.code().equals(assignment.street()))
                .map(StreetProfile::name)
                .findFirst()
                .orElse(assignment.street());
        if (ownStreet.isPresent() && !ownStreet.get().equals(streetName)) {
            problems.add("只能调整本街道的职责分工（" + streetName + "不是本街道）");
        }
        var item = repository.find(assignment.itemCode());
        if (item.isEmpty() || item.get().level() != com.streetgov.duty.domain.DutyLevel.STREET) {
            problems.add("没有编码为“" + assignment.itemCode() + "”的街道层级事项");
        }
        var units = layout(assignment.street(), LocalDate.now()).stream()
                .map(Unit::code)
                .toList();
        if (assignment.leadUnits().isEmpty()) {
            problems.add("请选择牵头单位");
        }
        assignment.leadUnits().stream()
                .filter(u -> !units.contains(u))
                .forEach(u -> problems.add("单位“" + u + "”不在该街道的机构设置中"));
        if (!problems.isEmpty()) {
            throw new InvalidItemException(problems);
        }
        repository.saveAssignment(assignment);
        audit.record(
                ConfigArea.REDIVISION,
                "街道 " + assignment.street() + " 将事项 " + assignment.itemCode() + " 的牵头单位调整为 "
                        + String.join("、", assignment.leadUnits()));
        fireChanged();
    }

    /**
     * The district's own division of leads by layout (a seed template's leads by layout, at
     * installation): each assignment gives a street its lead units for a street-level item, the units
     * of that street's layout in force on {@code on}. Saved as street assignments like {@link #reassign}
     * saves a street's own division, and audited under 街道分工 with {@code reason}, one entry each.
     * Whether the district lets streets re-divide does not matter here: that setting is about streets
     * changing their own division, this is the district's. All or nothing: refused with Chinese
     * messages, nothing saved, when any assignment is wrong.
     */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void assignByLayout(List<StreetAssignment> assignments, LocalDate on, String reason)
            throws InvalidItemException {
        List<String> problems = new ArrayList<>();
        for (StreetAssignment assignment : assignments) {
            if (streets().stream().noneMatch(s -> s.code().equals(assignment.street()))) {
                problems.add("没有编码为“" + assignment.street() + "”的街道");
                continue;
            }
            var item = repository.find(assignment.itemCode());
            if (item.isEmpty() || item.get().level() != com.streetgov.duty.domain.DutyLevel.STREET) {
                problems.add("没有编码为“" + assignment.itemCode() + "”的街道层级事项");
            }
            var units = layout(assignment.street(), on).stream().map(Unit::code).toList();
            if (assignment.leadUnits().isEmpty()) {
                problems.add("事项“" + assignment.itemCode() + "”请选择牵头单位");
            }
            assignment.leadUnits().stream()
                    .filter(u -> !units.contains(u))
                    .forEach(u -> problems.add("单位“" + u + "”不在街道 " + assignment.street() + " 的机构设置中"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidItemException(problems);
        }
        for (StreetAssignment assignment : assignments) {
            repository.saveAssignment(assignment);
            audit.record(
                    ConfigArea.REDIVISION,
                    "按机构设置将街道 " + assignment.street() + " 事项 " + assignment.itemCode() + " 的牵头单位设为 "
                            + String.join("、", assignment.leadUnits()),
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

    /** An item refused by the checks, each problem in Chinese. */
    public static class InvalidItemException extends Exception {
        private final List<String> problems;

        public InvalidItemException(List<String> problems) {
            super(String.join("；", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
