package com.streetgov.evaluation.application;

import com.streetgov.assessment.application.ResultNames;
import com.streetgov.audit.application.ConfigChanges;
import com.streetgov.audit.domain.ConfigArea;
import com.streetgov.dispatch.application.DispatchCatalogService;
import com.streetgov.dispatch.domain.Department;
import com.streetgov.evaluation.domain.Delegate;
import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.EvaluationRepository;
import com.streetgov.evaluation.domain.EvaluationVersion;
import com.streetgov.evaluation.domain.IndicatorFinding;
import com.streetgov.evaluation.domain.PanelQuestionnaires;
import com.streetgov.evaluation.domain.PanelRepository;
import com.streetgov.evaluation.domain.Project;
import com.streetgov.evaluation.domain.Questionnaire;
import com.streetgov.evaluation.domain.SurveyLink;
import com.streetgov.evaluation.domain.SurveyRepository;
import com.streetgov.matter.application.MatterClock;
import com.streetgov.open311.domain.Secret;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The two panels of issue 14 item 5 on the questionnaire machinery: streets rating the district
 * departments, and residents' delegates scoring co-governance projects. Delegates (per street) and
 * projects are district data, edited by the district admin and audited. Each questionnaire is generated
 * from that data into a new version of the indicator system (the newest version's tree and
 * questionnaires kept), so links and answers refer to a questionnaire that never changes. Each active
 * delegate gets one link: one vote per project; a response still names no delegate.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed(CallerRole.DISTRICT_ADMIN)
public class PanelService {

    static final int MAX_NAME = 100;
    static final int MAX_NOTE = 200;
    static final int MAX_PROJECT = 200;
    static final int MAX_SUMMARY = 1000;
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");

    @Inject
    PanelRepository panels;

    @Inject
    EvaluationRepository models;

    @Inject
    EvaluationService evaluation;

    @Inject
    SurveyRepository surveys;

    @Inject
    DispatchCatalogService catalog;

    @Inject
    ResultNames names;

    @Inject
    ConfigChanges changes;

    @Inject
    MatterClock clock;

    /** What a generated questionnaire is called and the version it goes into. */
    public record Generation(
            String code, String title, String comment, String version, LocalDate effectiveFrom, String reason) {}

    /** A link issued to a delegate; the secret is shown once, to be printed with the delegate's name. */
    public record DelegateLink(Delegate delegate, String secret) {}

    @Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
    public List<Delegate> delegates() {
        return panels.delegates();
    }

    /** Adds a delegate of {@code street}; the name is required, name and note have a length limit. */
    public Delegate addDelegate(String street, String name, String note) throws RefusedException {
        String n = name == null ? "" : name.strip();
        String o = note == null ? "" : note.strip();
        streetName(street);
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new RefusedException(Text.of("evaluation.panel.delegateName", MAX_NAME), "name");
        }
        if (o.length() > MAX_NOTE) {
            throw new RefusedException(Text.of("evaluation.panel.noteTooLong", MAX_NOTE), "note");
        }
        Delegate delegate = new Delegate(UUID.randomUUID().toString(), street, n, o, false);
        panels.add(delegate, clock.now());
        changes.record(ConfigArea.EVALUATION, Text.of("evaluation.panel.audit.delegateAdded", n, streetName(street)));
        return delegate;
    }

    /** Retires a delegate: their links stay, they get no new one. */
    public void retireDelegate(String id) throws RefusedException {
        Delegate d = panels.delegate(id == null ? "" : id)
                .orElseThrow(() -> new RefusedException(Text.of("evaluation.panel.delegateNotFound"), "delegate"));
        panels.retire(d.id());
        changes.record(
                ConfigArea.EVALUATION,
                Text.of(
                        "evaluation.panel.audit.delegateRetired",
                        d.name(),
                        streets().getOrDefault(d.street(), d.street())));
    }

    @Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
    public List<Project> projects() {
        return panels.projects();
    }

    /** Adds or replaces a project, checked field by field. */
    public void saveProject(Project project) throws RefusedException {
        if (!CODE.matcher(project.code()).matches()) {
            throw new RefusedException(Text.of("evaluation.panel.projectCode"), "code");
        }
        streetName(project.street());
        if (project.name().isBlank() || project.name().length() > MAX_PROJECT) {
            throw new RefusedException(Text.of("evaluation.panel.projectName", MAX_PROJECT), "name");
        }
        if (project.summary().length() > MAX_SUMMARY) {
            throw new RefusedException(Text.of("evaluation.panel.summaryTooLong", MAX_SUMMARY), "summary");
        }
        if (project.year() < 2000 || project.year() > 2100) {
            throw new RefusedException(Text.of("evaluation.panel.year"), "year");
        }
        panels.save(new Project(
                project.code(),
                project.street(),
                project.name().strip(),
                project.summary().strip(),
                project.year()));
        changes.record(
                ConfigArea.EVALUATION,
                Text.of(
                        "evaluation.panel.audit.projectSaved",
                        project.code(),
                        project.name().strip()));
    }

    public void removeProject(String code) throws RefusedException {
        if (!panels.remove(code == null ? "" : code)) {
            throw new RefusedException(Text.of("evaluation.panel.projectNotFound", code), "code");
        }
        changes.record(ConfigArea.EVALUATION, Text.of("evaluation.panel.audit.projectRemoved", code));
    }

    /** A new version whose questionnaire {@code g.code()} rates each department of the district's catalog. */
    public List<IndicatorFinding> generateDepartmentRating(Generation g) throws RefusedException {
        List<String> departments =
                catalog.catalog().departments().stream().map(Department::name).toList();
        if (departments.isEmpty()) {
            throw new RefusedException(Text.of("evaluation.panel.noDepartments"));
        }
        return generate(g, PanelQuestionnaires.departmentRating(checked(g), g.title(), departments, g.comment()));
    }

    /** A new version whose questionnaire {@code g.code()} scores each project of {@code year}. */
    public List<IndicatorFinding> generateProjectScoring(Generation g, int year) throws RefusedException {
        List<Project> projects =
                panels.projects().stream().filter(p -> p.year() == year).toList();
        if (projects.isEmpty()) {
            throw new RefusedException(Text.of("evaluation.panel.noProjects", String.valueOf(year)), "year");
        }
        return generate(g, PanelQuestionnaires.projectScoring(checked(g), g.title(), projects, streets(), g.comment()));
    }

    /**
     * One link for each active delegate who has none to {@code questionnaire} of {@code version} yet (a
     * delegate added later gets theirs in the next call); refused unless the questionnaire is for
     * delegates.
     */
    public List<DelegateLink> issueToDelegates(String version, String questionnaire) throws RefusedException {
        EvaluationModel model = models.find(version == null ? "" : version)
                .orElseThrow(() -> new RefusedException(Text.of("evaluation.version.notFound", version), "version"));
        Questionnaire form = model.questionnaire(questionnaire == null ? "" : questionnaire)
                .orElseThrow(() -> new RefusedException(
                        Text.of("evaluation.questionnaire.notFound", questionnaire), "questionnaire"));
        if (form.audience() != Questionnaire.Audience.DELEGATE) {
            throw new RefusedException(Text.of("evaluation.panel.notForDelegates", form.title()), "questionnaire");
        }
        Set<String> holding = panels.turnout(version, form.code()).stream()
                .map(PanelRepository.Turnout::delegate)
                .collect(Collectors.toSet());
        String batch = UUID.randomUUID().toString();
        LocalDateTime now = clock.now();
        List<DelegateLink> issued = new ArrayList<>();
        List<SurveyLink> links = new ArrayList<>();
        for (Delegate d : panels.delegates()) {
            if (d.retired() || holding.contains(d.id())) {
                continue;
            }
            String secret = Secret.generate(SurveyService.PREFIX);
            issued.add(new DelegateLink(d, secret));
            links.add(new SurveyLink(Secret.hash(secret), version, form.code(), d.street(), batch, now, null, d.id()));
        }
        surveys.issue(links);
        return issued;
    }

    /** Which delegates hold a link to the questionnaire and whether they have voted. */
    @Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
    public List<PanelRepository.Turnout> turnout(String version, String questionnaire) {
        return panels.turnout(version, questionnaire);
    }

    private List<IndicatorFinding> generate(Generation g, Questionnaire questionnaire) throws RefusedException {
        EvaluationVersion newest = models.versions().stream()
                .findFirst()
                .orElseThrow(() -> new RefusedException(Text.of("evaluation.panel.noSystem")));
        EvaluationModel base = models.find(newest.version()).orElseThrow();
        return evaluation.save(base.with(questionnaire, g.version(), g.effectiveFrom()), g.reason());
    }

    private static String checked(Generation g) throws RefusedException {
        if (g.code() == null || !CODE.matcher(g.code()).matches()) {
            throw new RefusedException(Text.of("evaluation.panel.questionnaireCode"), "code");
        }
        if (g.title() == null || g.title().isBlank()) {
            throw new RefusedException(Text.of("evaluation.panel.title"), "title");
        }
        return g.code();
    }

    private String streetName(String street) throws RefusedException {
        String name = street == null ? null : streets().get(street);
        if (name == null) {
            throw new RefusedException(Text.of("evaluation.street.notFound", street), "street");
        }
        return name;
    }

    private Map<String, String> streets() {
        return names.on(clock.now().toLocalDate()).streets();
    }
}
