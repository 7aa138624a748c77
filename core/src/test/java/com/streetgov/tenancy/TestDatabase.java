package com.streetgov.tenancy;

import com.streetgov.organisation.domain.District;
import com.streetgov.platform.ApplicationRole;
import com.streetgov.platform.DatabaseMigrations;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh PostgreSQL database for one test class, migrated by Flyway as the owner, with the production
 * persistence unit switched to RESOURCE_LOCAL on a connection pool that logs in as the application's
 * role ({@link #APPLICATION}): like the application, tests run under row-level security (DD022).
 * Server from {@code streetgov.test.db.url} (default 127.0.0.1:5432), owner {@code streetgov.test.db.user}.
 */
public final class TestDatabase {

    /** The password for {@code streetgov.test.db.user}; ignored by a server on trust auth. */
    private static final String PASSWORD = System.getProperty("streetgov.test.db.password", "postgres");

    /** The tests' application role: a role of its own, so a developer's run of the product is untouched. */
    public static final ApplicationRole APPLICATION = new ApplicationRole("streetgov_it_app", "streetgov-it-app");

    private final String url;
    private final String user;

    private TestDatabase(String url, String user) {
        this.url = url;
        this.user = user;
    }

    /** Drops and re-creates database {@code name} on the test server, then migrates it. */
    public static TestDatabase fresh(String name) {
        return fresh(name, MigrationVersion.LATEST);
    }

    /** Drops and re-creates database {@code name}, migrated up to {@code version} only ({@link #migrate()} goes on). */
    public static TestDatabase fresh(String name, MigrationVersion version) {
        String base = System.getProperty("streetgov.test.db.url", "jdbc:postgresql://127.0.0.1:5432/streetgov_test");
        String user = System.getProperty("streetgov.test.db.user", "postgres");
        String server = base.substring(0, base.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(server + "postgres", user, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + server, e);
        }
        TestDatabase db = new TestDatabase(server + name, user);
        DatabaseMigrations.migrate(db.owner(), APPLICATION, version);
        return db;
    }

    /** Applies the migrations not applied yet, as at the application's start. */
    public void migrate() {
        DatabaseMigrations.migrate(owner(), APPLICATION);
    }

    /** The owner's data source: migrates, and is exempt from row-level security. */
    public DataSource owner() {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(url);
        owner.setUser(user);
        owner.setPassword(PASSWORD);
        return owner;
    }

    /** A pool of at most {@code size} connections as the application's role. */
    public HikariDataSource applicationPool(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(APPLICATION.name());
        config.setPassword(APPLICATION.password());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }

    /** The production persistence unit on a small pool as the application's role. */
    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory(applicationPool(4));
    }

    /** The production persistence unit, RESOURCE_LOCAL, on {@code pool}. */
    public static EntityManagerFactory entityManagerFactory(DataSource pool) {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.nonJtaDataSource", pool);
        return Persistence.createEntityManagerFactory("streetgov", props);
    }

    /** Registers the two districts the ITs use, 罗湖区 (luohu) and 西城区 (xicheng). */
    public static void withLuohuAndXicheng(EntityManagerFactory emf) {
        EntityManager plain = emf.createEntityManager();
        plain.getTransaction().begin();
        plain.persist(new District(DistrictId.of("luohu"), "罗湖区", "luohu", "440303"));
        plain.persist(new District(DistrictId.of("xicheng"), "西城区", "xicheng", "110102"));
        plain.getTransaction().commit();
        plain.close();
    }

    /** Runs {@code work} in one transaction of an EntityManager bound to {@code district}. */
    public static void inDistrict(EntityManagerFactory emf, DistrictId district, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager(TenantEntityManagers.propertiesFor(district));
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Work on a service that may refuse (throw). */
    public interface ServiceWork<S, T> {
        T run(S service) throws Exception;
    }

    /**
     * Runs {@code work} in one transaction of {@code district} on the service {@code wire} builds from its
     * EntityManager, and returns its result; what {@code work} throws fails the test, after the
     * transaction ended as it would have (the ITs assert refusals with {@code assertThrows} inside).
     */
    public static <S, T> T withService(
            EntityManagerFactory emf, DistrictId district, Function<EntityManager, S> wire, ServiceWork<S, T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        inDistrict(emf, district, em -> {
            try {
                result.set(work.run(wire.apply(em)));
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return result.get();
    }

    /**
     * {@code em} as a container-managed repository sees it: its {@code joinTransaction} (for JTA) is a
     * no-op on this resource-local EntityManager, whose transaction the test runs.
     */
    public static EntityManager joined(EntityManager em) {
        return (EntityManager) Proxy.newProxyInstance(
                TestDatabase.class.getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("joinTransaction")) {
                        return null;
                    }
                    try {
                        return method.invoke(em, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Sets an injected (package-private) field, its class's or a superclass's, as CDI would, for services wired by hand in a test. */
    public static void inject(Object target, String field, Object value) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                var f = c.getDeclaredField(field);
                f.setAccessible(true);
                f.set(target, value);
                return;
            } catch (NoSuchFieldException inherited) {
                // an injected field of a superclass, e.g. TenantRepository's EntityManager
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no field " + field + " in " + target.getClass());
    }

    /** A connection as the owner: sees every district's rows (for checks behind the application's back). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, PASSWORD);
    }

    /** A connection as the application's role, outside any pool and with no district set. */
    public Connection connectAsApplication() throws SQLException {
        return DriverManager.getConnection(url, APPLICATION.name(), APPLICATION.password());
    }
}
