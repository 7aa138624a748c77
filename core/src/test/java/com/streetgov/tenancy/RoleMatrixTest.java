package com.streetgov.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.text.Text;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The role matrix of every application-service operation, written out here independently of the
 * {@link Allowed} annotations: for each operation, each role, and the caller's own or another
 * district, {@link AccessPolicy} must allow exactly what the table says. An operation missing from the
 * table, or a service without {@link Allowed}, fails the test.
 *
 * <p>Letters: A district admin, S street staff, R resident channel, V vendor operator, v vendor
 * reviewing the district with a logged reason. The system may call everything.
 */
class RoleMatrixTest {

    private static final String MATRIX =
            """
            CommunityService: communities grids commissioners = AS; replace = A
            DispatchCatalogService: catalog = AS; replace installIfEmpty findings = A
            DispatchCatalogService: saveType deleteType saveDepartment deleteDepartment = A
            AdmissionService: register policy calendarDays calendar refusal = AS
            AdmissionService: setPolicy saveDay deleteDay apply review decide admit revoke = A
            DutyListService: items page count areas find streets layout unitsInForce coverage coverageOfStreets = AS
            DutyListService: assignments streetsMayRedivide reassign movements = AS
            DutyListService: save delete replace allowStreetRedivision assignByLayout = A
            EnforcementService: powers page count teams staff consultations streets coverage = AS
            EnforcementService: replace saveTeam second consult = A
            MatterService: now streets = ASRv; intake timeLimits catalog streetCodeNamed units = ASR
            DispatchDesk: waiting count suggestions send refer = AS
            Referrals: departments refer = AS
            ResidentWindow: submit track rate photo suggest = R
            MatterPhotos: list image = ASv
            MatterService: find = ASRv; inbox count = ASv; rate = R; replaceTimeLimits = A
            MatterService: accept start respond resolve close reopen remark reroute reject = AS
            ReturnVisitService: due countDue find record = AS
            ExclusionService: request find kinds = AS; decide pending = A
            WhistleService: departments whistles blow reportIn rateSummons = AS
            DistrictDirectory: allDistricts = V; district = ASRV; currentDistrict = ASV; streets street = AS
            DistrictProvisioning: ensure place unplace = V
            ShardService: shards placements recentMoves move = V
            ReformModelService: current = ASRv; snapshot = AS; installIfAbsent = V
            ReformModelService: export = AS; history newDraft startStreetPlan replace = A
            ReformModelService: renameUnit addUnit removeUnit mergeUnits splitUnit assignLegacySections = A
            ReformModelService: submit file makeEffective = A
            AuditService: changes vendorAccesses = A
            VendorReview: review = V
            ClientKeyService: keys trail create revoke = A; installDemo = ; authenticate = R
            GeneratedHistory: present loadIfAbsent =
            Open311Requests: submit read list listed rate = R
            EvaluationService: versions model inForce = AS; save = A; installIfAbsent =
            SurveyService: issue = A; progress ranking = AS; open answer = AR
            PanelService: addDelegate retireDelegate saveProject removeProject generateDepartmentRating generateProjectScoring issueToDelegates = A; delegates projects turnout = AS
            WhatIfService: reformVersion dutyList redivision = A
            RulesWhatIf: tryRules counted = A
            AssessmentService: rounds report = AS; open score = A
            ResultsFigures: figures = AS
            ResultsService: rulesInForce rulesHistory latestPeriod runningPeriod periodBefore period = AS
            ResultsService: district figures figuresUnder trend drillDown drillDownUnder baseline readSource = AS
            ResultsService: board boardPeriod = ASR
            ResultsService: installRulesIfAbsent = ; saveRules saveBaseline = A
            WhistleResults: departments streets whistles = AS
            Hotspots: report matters count = AS
            MonthlyThemes: themes theme follow matters matterNumbers visitCounts = AS; pick = A
            VendorActivity: districts = V
            """;

    /** Beans of application packages that serve the services and hold no operation of their own. */
    private static final Set<String> HELPERS = Set.of("MatterClock", "RoutingContexts", "ConfigChanges", "ResultNames");

    private static final DistrictId OWN = DistrictId.of("luohu");
    private static final DistrictId OTHER = DistrictId.of("xicheng");

    @Test
    void every_operation_allows_exactly_the_roles_of_the_matrix_in_the_own_district_only() {
        Map<String, String> expected = expected();
        Map<String, Method> operations = operations();
        assertEquals(
                new TreeSet<>(expected.keySet()),
                new TreeSet<>(operations.keySet()),
                "the matrix and the services' public operations differ");
        List<String> wrong = new ArrayList<>();
        operations.forEach((operation, method) -> {
            Allowed rule = AccessInterceptor.ruleOf(method);
            assertNotNull(rule, operation + " has no @Allowed");
            String letters = expected.get(operation);
            for (Caller caller : callers()) {
                for (DistrictId target : List.of(OWN, OTHER)) {
                    boolean allowed = AccessPolicy.refusal(Optional.of(caller), rule, Optional.of(target), operation)
                            .isEmpty();
                    boolean should = shouldAllow(letters, caller, target);
                    if (allowed != should) {
                        wrong.add(operation + " " + caller.name() + " in " + target + ": "
                                + (allowed ? "allowed" : "refused"));
                    }
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void nobody_without_a_caller_and_the_system_always() {
        operations().forEach((operation, method) -> {
            Allowed rule = AccessInterceptor.ruleOf(method);
            assertTrue(AccessPolicy.refusal(Optional.empty(), rule, Optional.of(OWN), operation)
                    .isPresent());
            assertTrue(AccessPolicy.refusal(Optional.of(Caller.system("t")), rule, Optional.of(OWN), operation)
                    .isEmpty());
        });
    }

    @Test
    void a_refusal_says_why_in_chinese_and_names_the_operation() {
        Optional<Text> refusal = AccessPolicy.refusal(
                Optional.of(Caller.user(
                        "luohu-staff", Set.of(CallerRole.STREET_STAFF), Optional.of(OWN), Optional.empty())),
                Set.of(CallerRole.RESIDENT_CHANNEL),
                false,
                Optional.of(OWN),
                "MatterService.rate");
        assertEquals(Optional.of("当前角色无权执行“MatterService.rate”"), refusal.map(Text::inDefaultLanguage));
        assertEquals(
                "The current role may not run “MatterService.rate”",
                refusal.orElseThrow().render(Locale.ENGLISH));
        assertEquals("當前角色無權執行“MatterService.rate”", refusal.orElseThrow().render(Locale.TRADITIONAL_CHINESE));
    }

    private static boolean shouldAllow(String letters, Caller caller, DistrictId target) {
        if (caller.reviewReason().isPresent()) {
            return letters.contains("v") || letters.contains("V");
        }
        char letter =
                switch (caller.roles().iterator().next()) {
                    case DISTRICT_ADMIN -> 'A';
                    case STREET_STAFF -> 'S';
                    case RESIDENT_CHANNEL -> 'R';
                    case VENDOR_OPERATOR -> 'V';
                    case SYSTEM -> throw new IllegalStateException();
                };
        boolean districtCaller = letter != 'V';
        return letters.indexOf(letter) >= 0 && (!districtCaller || target.equals(OWN));
    }

    /** One caller of each role, all of district OWN where they belong to one. */
    private static List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        for (CallerRole role : EnumSet.complementOf(EnumSet.of(CallerRole.SYSTEM))) {
            Optional<DistrictId> district = role == CallerRole.VENDOR_OPERATOR ? Optional.empty() : Optional.of(OWN);
            callers.add(new Caller(role.claim(), Set.of(role), district, Optional.empty(), Optional.empty()));
        }
        callers.add(Caller.user("vendor", Set.of(CallerRole.VENDOR_OPERATOR), Optional.empty(), Optional.empty())
                .reviewing("核查投诉"));
        return callers;
    }

    private static Map<String, String> expected() {
        Map<String, String> expected = new TreeMap<>();
        for (String line : MATRIX.strip().split("\n")) {
            String service = line.substring(0, line.indexOf(':')).strip();
            for (String group : line.substring(line.indexOf(':') + 1).split(";")) {
                String[] sides = group.split("=", -1);
                for (String name : sides[0].strip().split("\\s+")) {
                    expected.put(service + "." + name, sides[1].strip());
                }
            }
        }
        return expected;
    }

    /** Every public method declared by an application service (a CDI bean in an application package). */
    private static Map<String, Method> operations() {
        Map<String, Method> operations = new TreeMap<>();
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.streetgov");
        for (JavaClass c : classes) {
            boolean service = c.getPackageName().endsWith(".application")
                    && (c.isAnnotatedWith(ApplicationScoped.class) || c.isAnnotatedWith(RequestScoped.class))
                    && c.getEnclosingClass().isEmpty()
                    && !HELPERS.contains(c.getSimpleName());
            if (!service) {
                continue;
            }
            Class<?> type = c.reflect();
            assertNotNull(type.getAnnotation(Allowed.class), type.getSimpleName() + " has no @Allowed");
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
                    operations.put(type.getSimpleName() + "." + m.getName(), m);
                }
            }
        }
        return operations;
    }
}
