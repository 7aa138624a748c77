package com.streetgov.ui.platform;

import com.streetgov.assessment.application.ResultsService;
import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.evaluation.application.AssessmentService;
import com.streetgov.evaluation.application.EvaluationService;
import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.matter.application.GeneratedHistory;
import com.streetgov.matter.application.MatterClock;
import com.streetgov.matter.domain.MatterClassifiers;
import com.streetgov.open311.application.ClientKeyService;
import com.streetgov.organisation.application.DistrictProvisioning;
import com.streetgov.organisation.application.DistrictProvisioning.DistrictSpec;
import com.streetgov.platform.ApplicationRole;
import com.streetgov.platform.DatabaseMigrations;
import com.streetgov.reform.application.ReformModelService;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.DistrictWork;
import com.streetgov.tenancy.ShardDirectory;
import com.streetgov.tenantconfig.demo.DemoDistricts;
import com.streetgov.tenantconfig.demo.DemoHistory;
import com.streetgov.tenantconfig.dispatch.TemplateCatalog;
import com.streetgov.tenantconfig.duty.TemplateDuties;
import com.streetgov.tenantconfig.duty.TemplateDutyInstaller;
import com.streetgov.tenantconfig.evaluation.TemplateIndicators;
import com.streetgov.tenantconfig.format.RulesFile;
import com.streetgov.tenantconfig.format.Templates;
import com.streetgov.tenantconfig.results.TemplateRules;
import com.streetgov.text.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * At application start: migrate the schema (Flyway) as the owner of the tables, check that the
 * application's own pool connects as a role subject to row-level security (DD022), then seed the demo
 * districts if configured. A failure here fails the deployment, which the start scripts detect through
 * readiness.
 */
@ApplicationScoped
public class Bootstrap {

    static final String DATA_SOURCE = "java:app/jdbc/streetgov";

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    DistrictProvisioning provisioning;

    @Inject
    ReformModelService reformModels;

    @Inject
    TemplateDutyInstaller duties;

    @Inject
    ClientKeyService clientKeys;

    @Inject
    ResultsService results;

    @Inject
    DistrictWork districtWork;

    @Inject
    ShardDirectory shards;

    @Inject
    ConfiguredShardDatabases databases;

    /** Where the demo districts go (DD039): "district=shard" pairs; unnamed ones go to main. */
    @Inject
    @ConfigProperty(name = "streetgov.demo.placement", defaultValue = " ")
    String demoPlacement;

    @Inject
    GeneratedHistory generatedHistory;

    @Inject
    MatterClassifiers classifiers;

    @Inject
    @ConfigProperty(name = "streetgov.demo.seed", defaultValue = "false")
    boolean seedDemo;

    /**
     * With demo seeding: also a year of generated matters per demo district (DemoHistory), once. A test
     * stack may turn it off.
     */
    @Inject
    EvaluationService evaluation;

    @Inject
    AssessmentService assessments;

    @Inject
    @ConfigProperty(name = "streetgov.demo.history", defaultValue = "true")
    boolean seedHistory;

    private final AtomicLong historyRows = new AtomicLong();

    private volatile boolean ready;

    /** The application pool's role (web.xml's data source): owns nothing, subject to row-level security. */
    @Inject
    @ConfigProperty(name = "streetgov.db.user")
    String appUser;

    @Inject
    @ConfigProperty(name = "streetgov.db.password")
    String appPassword;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        DataSource owner = databases.owner(ShardDirectory.MAIN);
        MigrateResult result = DatabaseMigrations.migrate(owner, new ApplicationRole(appUser, appPassword));
        ApplicationRole.requireSubjectToRowSecurity(dataSource());
        LOG.info(() -> "database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied)");
        migrateShards();
        if (seedDemo) {
            Caller system = Caller.system("system");
            long started = System.nanoTime();
            DemoDistricts.load().forEach(spec -> districtWork.as(system, () -> seed(spec, system)));
            if (historyRows.get() > 0) {
                shards.shards().forEach(shard -> analyze(databases.owner(shard)));
            }
            LOG.info(() -> "demo districts seeded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        prepareRouting();
        ready = true;
    }

    /**
     * The meaning of the templates' catalogs and duty items computed once (DD041), before the instance
     * reports ready: most districts' catalogs come from them, and their first matters need not wait.
     */
    private void prepareRouting() {
        long started = System.nanoTime();
        int texts = 0;
        for (String id : Templates.IDS) {
            texts += classifiers.prepare(
                    TemplateDuties.load(id).items(),
                    TemplateCatalog.exists(id) ? TemplateCatalog.load(id) : DispatchCatalog.EMPTY);
        }
        int prepared = texts;
        LOG.info(() -> "routing vocabulary prepared: " + prepared + " texts in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /**
     * Every other shard this instance reaches (DD039): migrated like main, its pool checked to be
     * subject to row-level security, and recorded in the directory with its location.
     */
    private void migrateShards() {
        Map<String, String> locations = new LinkedHashMap<>();
        for (String shard : shards.shards()) {
            if (!shard.equals(ShardDirectory.MAIN)) {
                MigrateResult migrated =
                        DatabaseMigrations.migrate(databases.owner(shard), new ApplicationRole(appUser, appPassword));
                ApplicationRole.requireSubjectToRowSecurity(shards.dataSource(shard));
                LOG.info(() -> "shard " + shard + " (" + databases.location(shard) + ") at schema version "
                        + migrated.targetSchemaVersion);
            }
            locations.put(shard, databases.location(shard));
        }
        shards.recordShards(locations);
    }

    /** The shard a demo district is placed on: {@code streetgov.demo.placement} ("chenghua=s2,…"), else main. */
    String demoShard(String district) {
        for (String pair : demoPlacement.split(",")) {
            String[] p = pair.strip().split("=");
            if (p.length == 2 && p[0].strip().equals(district)) {
                return p[1].strip();
            }
        }
        return ShardDirectory.MAIN;
    }

    private boolean seed(DistrictSpec spec, Caller system) {
        provisioning.place(spec, demoShard(spec.id()));
        if (provisioning.ensure(spec)) {
            LOG.info(() -> "seeded demo district " + spec.name());
        }
        if (Templates.IDS.contains(spec.id())
                && reformModels.installIfAbsent(
                        DistrictId.of(spec.id()), Templates.load(spec.id()), "system", "演示数据：按模板安装")) {
            LOG.info(() -> "installed the " + spec.id() + " reform-model template");
        }
        if (Templates.IDS.contains(spec.id()) && duties.installIfEmpty(DistrictId.of(spec.id()), spec.id(), system)) {
            LOG.info(() -> "installed the " + spec.id() + " duty list and enforcement catalog");
        }
        if (Templates.IDS.contains(spec.id())
                && duties.installCatalogIfEmpty(DistrictId.of(spec.id()), spec.id(), system)) {
            LOG.info(() -> "installed the " + spec.id() + " dispatch catalog");
        }
        if (Templates.IDS.contains(spec.id()) && installRules(spec.id(), system)) {
            LOG.info(() -> "installed the " + spec.id() + " assessment-rules template");
        }
        if (Templates.IDS.contains(spec.id()) && installEvaluation(spec.id(), system)) {
            LOG.info(() -> "installed the " + spec.id() + " indicator system and opened a demo assessment round");
        }
        if (districtWork.call(
                DistrictId.of(spec.id()), system, () -> clientKeys.installDemo("演示客户端", demoClientKey(spec.id())))) {
            LOG.info(() -> "installed the demo Open311 client key of " + spec.id());
        }
        if (seedHistory && Templates.IDS.contains(spec.id())) {
            long started = System.nanoTime();
            DemoHistory history = DemoHistory.forTemplate(spec.id(), LocalDate.now(MatterClock.ZONE));
            long rows = districtWork.call(
                    DistrictId.of(spec.id()), system, () -> generatedHistory.loadIfAbsent(history.batches()));
            historyRows.addAndGet(rows);
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (rows > 0) {
                LOG.info(() -> "generated the demo history of " + spec.id() + ": " + history.matters() + " matters, "
                        + rows + " rows in " + ms + " ms");
            }
        }
        return true;
    }

    private boolean installRules(String id, Caller system) {
        RulesFile.Read template = TemplateRules.load(id);
        return districtWork.call(
                DistrictId.of(id),
                system,
                () -> results.installRulesIfAbsent(template.rules(), "演示数据：按模板安装（" + template.note() + "）"));
    }

    /**
     * The district's indicator system template (its own where one ships, else the minimal one) and a demo
     * assessment round over the last three periods up to the running one, so answers given today count.
     */
    private boolean installEvaluation(String id, Caller system) {
        EvaluationModel model = TemplateIndicators.load(TemplateIndicators.IDS.contains(id) ? id : "minimal");
        return districtWork.call(DistrictId.of(id), system, () -> {
            if (!evaluation.installIfAbsent(model, "演示数据：按模板安装（" + model.note() + "）")) {
                return false;
            }
            YearMonth running = results.runningPeriod().month();
            try {
                assessments.open(
                        "demo",
                        "演示测评",
                        running.minusMonths(2),
                        running,
                        model.system().version());
            } catch (RefusedException e) {
                throw new IllegalStateException("the demo round does not open: " + e.getMessage(), e);
            }
            return true;
        });
    }

    /**
     * Planner statistics after the bulk load, as the owner (the application's role may not ANALYZE):
     * without them the results queries are planned for empty tables, and autovacuum may be off or late.
     */
    private static void analyze(DataSource owner) {
        long started = System.nanoTime();
        try (Connection c = owner.getConnection();
                Statement s = c.createStatement()) {
            s.execute("analyze matter, matter_event, return_visit, matter_exclusion, whistle, whistle_summons");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot analyze after loading the demo history", e);
        }
        LOG.info(() -> "analyzed the matter tables in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** The documented Open311 key of a demo district's demo client (README, ops/run). */
    public static String demoClientKey(String district) {
        return "demo-open311-" + district;
    }

    /** The application's data source, defined in web.xml. */
    static DataSource dataSource() {
        try {
            return InitialContext.doLookup(DATA_SOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("data source " + DATA_SOURCE + " is not bound", e);
        }
    }

    /** True once migrations (and seeding, if configured) have finished. */
    public boolean isReady() {
        return ready;
    }
}
