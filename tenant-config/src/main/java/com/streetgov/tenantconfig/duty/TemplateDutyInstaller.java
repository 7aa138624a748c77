package com.streetgov.tenantconfig.duty;

import com.streetgov.community.application.CommunityService;
import com.streetgov.dispatch.application.DispatchCatalogService;
import com.streetgov.duty.application.AdmissionService;
import com.streetgov.duty.application.DutyListService;
import com.streetgov.duty.domain.DutyQuery;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.enforcement.application.EnforcementService;
import com.streetgov.enforcement.domain.EnforcementTeam;
import com.streetgov.enforcement.domain.PowerQuery;
import com.streetgov.matter.application.MatterService;
import com.streetgov.reform.application.ReformModelService;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.DistrictWork;
import com.streetgov.tenantconfig.community.TemplateCommunities;
import com.streetgov.tenantconfig.dispatch.TemplateCatalog;
import com.streetgov.text.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Installs a seed template's duty list (with the street assignments its leads by layout make),
 * enforcement catalog, one team per street, the admission
 * policy, the holiday calendar, communities with grids and commissioners, the default time limits and
 * the dispatch catalog into a district that has none yet, in one transaction. Runs outside any user request (start-up
 * seeding) through {@link DistrictWork}, which binds the named district.
 */
@ApplicationScoped
public class TemplateDutyInstaller {

    @Inject
    DistrictWork districtWork;

    /** This bean's proxy, so {@link #install} runs in one transaction. */
    @Inject
    TemplateDutyInstaller self;

    @Inject
    DutyListService dutyList;

    @Inject
    AdmissionService admission;

    @Inject
    EnforcementService enforcement;

    @Inject
    ReformModelService models;

    @Inject
    CommunityService communities;

    @Inject
    MatterService matters;

    @Inject
    DispatchCatalogService dispatchCatalog;

    /**
     * True if the district had an empty duty list and catalog and now has the template's; every
     * service call is checked as {@code by} (the system at start-up, the district admin from a screen).
     */
    public boolean installIfEmpty(DistrictId district, String templateId, Caller by) {
        return districtWork.call(district, by, () -> self.install(templateId));
    }

    /**
     * True if the district had no dispatch catalog and now has the template's (a district whose duty
     * list was installed before templates shipped catalogs gets one this way).
     */
    public boolean installCatalogIfEmpty(DistrictId district, String templateId, Caller by) {
        return TemplateCatalog.exists(templateId)
                && districtWork.call(district, by, () -> self.installCatalog(templateId));
    }

    @Transactional
    boolean installCatalog(String templateId) {
        try {
            return dispatchCatalog.installIfEmpty(TemplateCatalog.load(templateId), "模板 " + templateId);
        } catch (RefusedException broken) {
            // The templates' catalogs are checked by their tests; one refused here is a defect.
            throw new IllegalStateException("template catalog " + templateId + ": " + broken.getMessage(), broken);
        }
    }

    @Transactional
    boolean install(String templateId) {
        if (dutyList.count(DutyQuery.ALL) > 0 || enforcement.count(PowerQuery.ALL) > 0) {
            return false;
        }
        TemplateDuties template = TemplateDuties.load(templateId);
        dutyList.replace(template.items());
        enforcement.replace(template.powers());
        TemplateDuties.TeamShape team = template.team();
        enforcement.streets().forEach((code, name) -> {
            enforcement.saveTeam(new EnforcementTeam(code, name + team.name(), team.domains()));
            if (team.secondedStreets().contains(code)) {
                team.agencies()
                        .forEach(
                                agency -> enforcement.second(code, agency + "派驻人员（待确认）", agency, team.secondedSince()));
            }
        });
        template.policy().ifPresent(admission::setPolicy);
        dutyList.allowStreetRedivision(template.streetsMayRedivide());
        installLayoutLeads(templateId, template);
        template.calendar().forEach(admission::saveDay);
        TemplateCommunities generated = TemplateCommunities.generate(
                template.communities(), models.current().orElseThrow(), templateId.hashCode());
        communities.replace(generated.communities(), generated.grids(), generated.commissioners());
        matters.replaceTimeLimits(MatterService.DEFAULT_LIMITS);
        if (TemplateCatalog.exists(templateId)) {
            installCatalog(templateId);
        }
        return true;
    }

    /**
     * The template's leads by layout, as street assignments of the streets whose layout in force today
     * (or on the template's effective date, if later) is one of its layouts, in the district's own model
     * (an onboarded district's street codes are its own). Installed whatever {@code streetsMayRedivide}
     * says: that setting lets streets change their own division; this division is the district's, as
     * its template gives it. A refusal is a defect of the template and undoes the whole installation.
     */
    private void installLayoutLeads(String templateId, TemplateDuties template) {
        LocalDate on = template.layoutDay(LocalDate.now());
        List<StreetAssignment> assignments =
                template.layoutLeads().assignments(models.current().orElseThrow(), on);
        if (assignments.isEmpty()) {
            return;
        }
        try {
            dutyList.assignByLayout(assignments, on, template.layoutLeads().auditReason(templateId));
        } catch (DutyListService.InvalidItemException e) {
            throw new IllegalStateException(
                    "template " + templateId + ": leads by layout refused: " + e.getMessage(), e);
        }
    }
}
