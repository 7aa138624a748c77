package com.streetgov.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned SQL migrations in {@code db/migration} (Flyway). Run at application start and
 * by the integration tests, so the schema under test is the schema in production.
 */
public final class DatabaseMigrations {

    private DatabaseMigrations() {}

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public static MigrateResult migrate(String url, String user, String password) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
