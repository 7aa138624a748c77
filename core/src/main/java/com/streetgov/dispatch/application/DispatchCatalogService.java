package com.streetgov.dispatch.application;

import com.streetgov.audit.application.ConfigChanges;
import com.streetgov.audit.domain.ConfigArea;
import com.streetgov.dispatch.domain.Department;
import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchCatalogChanged;
import com.streetgov.dispatch.domain.DispatchCatalogRepository;
import com.streetgov.dispatch.domain.DispatchType;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.DutyListRepository;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.CurrentDistrict;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The current district's dispatch catalog: read by staff and admins, replaced as a whole (.xlsx import)
 * or edited a type or department at a time by the district admin (checked against the district's duty
 * list, audited), installed from a template when the district has none. Routing picks a change up at once ({@link DispatchCatalogChanged}).
 * A catalog that may not be stored is refused ({@link RefusedException}), its text naming every finding.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class DispatchCatalogService {

    @Inject
    DispatchCatalogRepository repository;

    @Inject
    DutyListRepository dutyList;

    @Inject
    ConfigChanges audit;

    @Inject
    CurrentDistrict district;

    @Inject
    Event<DispatchCatalogChanged> changed;

    public DispatchCatalog catalog() {
        return repository.catalog();
    }

    /** Replaces the catalog after checking it against the district's street-level duty items. */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void replace(DispatchCatalog catalog, String why) throws RefusedException {
        store(
                catalog,
                "替换派单目录：区直部门 " + catalog.departments().size() + " 个、派单类型 "
                        + catalog.types().size() + " 个" + (why == null || why.isBlank() ? "" : "（" + why + "）"));
    }

    /**
     * Adds a type or changes the type of the same code (one row of the catalog editor), checked and
     * audited like a replacement; the audit names the type and what changed.
     */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void saveType(DispatchType type) throws RefusedException {
        DispatchCatalog current = repository.catalogForChange();
        Optional<DispatchType> before = current.type(type.code());
        if (before.isPresent() && before.get().equals(type)) {
            return;
        }
        store(
                current.withType(type),
                before.map(b -> "修改派单类型“" + type.name() + "”（" + type.code() + "）："
                                + String.join("、", type.changesFrom(b)))
                        .orElse("新增派单类型“" + type.name() + "”（" + type.code() + "）"));
    }

    /** Removes the type {@code code}, audited. */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void deleteType(String code) throws RefusedException {
        DispatchCatalog current = repository.catalogForChange();
        DispatchType gone = current.type(code).orElseThrow(() -> new RefusedException("dispatch.type.unknown", code));
        store(current.withoutType(code), "删除派单类型“" + gone.name() + "”（" + code + "）");
    }

    /** Adds a department or changes the one of the same code, audited. */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void saveDepartment(Department department) throws RefusedException {
        DispatchCatalog current = repository.catalogForChange();
        Optional<Department> before = current.department(department.code());
        if (before.isPresent() && before.get().equals(department)) {
            return;
        }
        store(
                current.withDepartment(department),
                (before.isPresent() ? "修改区直部门“" : "新增区直部门“") + department.name() + "”（" + department.code() + "）");
    }

    /** Removes the department {@code code}; refused while a type is still sent there. */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void deleteDepartment(String code) throws RefusedException {
        DispatchCatalog current = repository.catalogForChange();
        Department gone =
                current.department(code).orElseThrow(() -> new RefusedException("dispatch.department.unknown", code));
        store(current.withoutDepartment(code), "删除区直部门“" + gone.name() + "”（" + code + "）");
    }

    /** Installs {@code catalog} if the district has none; true if it did. */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public boolean installIfEmpty(DispatchCatalog catalog, String why) throws RefusedException {
        if (!repository.catalog().isEmpty()) {
            return false;
        }
        store(
                catalog,
                "安装派单目录（" + why + "）：区直部门 " + catalog.departments().size() + " 个、派单类型 "
                        + catalog.types().size() + " 个");
        return true;
    }

    /** What is wrong with {@code catalog} for this district (empty when it may be stored). */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public List<Text> findings(DispatchCatalog catalog) {
        Set<String> streetItems = dutyList.findAll().stream()
                .filter(i -> i.level() == DutyLevel.STREET)
                .map(DutyItem::code)
                .collect(Collectors.toSet());
        return catalog.findings(streetItems);
    }

    private void store(DispatchCatalog catalog, String summary) throws RefusedException {
        List<Text> findings = findings(catalog);
        if (!findings.isEmpty()) {
            Text all = findings.get(findings.size() - 1);
            for (int i = findings.size() - 2; i >= 0; i--) {
                all = Text.of("text.joined", findings.get(i), all);
            }
            throw new RefusedException("dispatch.catalog.refused", all);
        }
        repository.replace(catalog);
        audit.record(ConfigArea.DISPATCH_CATALOG, summary);
        changed.fire(new DispatchCatalogChanged(district.require()));
    }
}
