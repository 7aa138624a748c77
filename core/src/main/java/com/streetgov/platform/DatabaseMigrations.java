package com.streetgov.platform;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned SQL migrations in {@code db/migration} (Flyway). Run at application start and
 * by the integration tests, so the schema under test is the schema in production.
 *
 * <p>Migrations run as the owner of the tables. The application's own role ({@link ApplicationRole}) is
 * created first if missing; after every migrate, the callback {@code afterMigrate__row_level_security.sql}
 * grants it DML and puts every table with {@code district_id} under row-level security, including
 * tables that later migrations add.
 */
public final class DatabaseMigrations {

    /** The Flyway placeholder naming the application's role in the callback. */
    static final String APP_ROLE = "appRole";

    private DatabaseMigrations() {}

    public static MigrateResult migrate(DataSource owner, ApplicationRole application) {
        return migrate(owner, application, MigrationVersion.LATEST);
    }

    /**
     * Applies the migrations up to {@code target} only: a test of a migration's data step starts from
     * the schema before it, inserts the rows it must mend, then migrates on.
     */
    public static MigrateResult migrate(DataSource owner, ApplicationRole application, MigrationVersion target) {
        application.ensureExists(owner);
        return Flyway.configure()
                .dataSource(owner)
                .locations("classpath:db/migration")
                .placeholders(Map.of(APP_ROLE, application.name()))
                .target(target)
                .load()
                .migrate();
    }
}
