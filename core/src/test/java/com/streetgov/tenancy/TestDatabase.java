package com.streetgov.tenancy;

import com.streetgov.organisation.domain.District;
import com.streetgov.platform.DatabaseMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A fresh PostgreSQL database for one test class, migrated by Flyway, with the production persistence
 * unit switched to RESOURCE_LOCAL. Server from {@code streetgov.test.db.url} (default 127.0.0.1:5432).
 */
public final class TestDatabase {

    /** The password for {@code streetgov.test.db.user}; ignored by a server on trust auth. */
    private static final String PASSWORD = System.getProperty("streetgov.test.db.password", "postgres");

    private final String url;
    private final String user;

    private TestDatabase(String url, String user) {
        this.url = url;
        this.user = user;
    }

    /** Drops and re-creates database {@code name} on the test server, then migrates it. */
    public static TestDatabase fresh(String name) {
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
        DatabaseMigrations.migrate(db.url, user, PASSWORD);
        return db;
    }

    public EntityManagerFactory entityManagerFactory() {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
        props.put("jakarta.persistence.jdbc.url", url);
        props.put("jakarta.persistence.jdbc.user", user);
        props.put("jakarta.persistence.jdbc.password", PASSWORD);
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

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, PASSWORD);
    }
}
