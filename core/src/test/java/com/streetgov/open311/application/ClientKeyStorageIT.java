package com.streetgov.open311.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.matter.domain.Channel;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterRepository;
import com.streetgov.matter.domain.TimeLimit;
import com.streetgov.matter.infrastructure.JpaMatterRepository;
import com.streetgov.open311.domain.ClientKeyAudit;
import com.streetgov.open311.domain.Secret;
import com.streetgov.open311.infrastructure.JpaOpen311Repository;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import com.streetgov.text.RefusedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Client keys and Open311 request ids on the real schema: stored as SHA-256 only, audited, revocable,
 * and meaningless in another district.
 */
class ClientKeyStorageIT {

    static final DistrictId LUOHU = DistrictId.of("luohu");
    static final DistrictId XICHENG = DistrictId.of("xicheng");
    static TestDatabase db;
    static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh("streetgov_it_open311");
        emf = db.entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    /** The services wired to repositories on a resource-local EntityManager (joinTransaction is a no-op). */
    static final class Wired {
        final ClientKeyService keys = new ClientKeyService();
        final JpaOpen311Repository repository = new JpaOpen311Repository();
        final JpaMatterRepository matters = new JpaMatterRepository();

        Wired(EntityManager em) {
            EntityManager local = (EntityManager) Proxy.newProxyInstance(
                    ClientKeyStorageIT.class.getClassLoader(), new Class<?>[] {EntityManager.class}, (p, m, args) -> {
                        if (m.getName().equals("joinTransaction")) {
                            return null;
                        }
                        try {
                            return m.invoke(em, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            TestDatabase.inject(repository, "current", local);
            TestDatabase.inject(matters, "current", local);
            keys.repository = repository;
        }
    }

    interface Work {
        void run(Wired w) throws Exception;
    }

    static void in(DistrictId district, Work work) {
        TestDatabase.inDistrict(emf, district, em -> {
            try {
                work.run(new Wired(em));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static List<String> column(String sql, String param) throws Exception {
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            List<String> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
            return values;
        }
    }

    @Test
    void a_key_is_stored_as_its_sha256_audited_valid_in_its_district_only_and_dead_once_revoked() throws Exception {
        AtomicReference<ClientKeyService.Issued> issued = new AtomicReference<>();
        in(XICHENG, w -> issued.set(w.keys.create("市民App", "接入西城市民App", "xicheng-admin")));
        String secret = issued.get().secret();
        String id = issued.get().key().id();
        assertTrue(Secret.looksLikeOne(secret) && secret.startsWith("sgk_"), secret);

        List<String> stored = column("select key_hash from api_key where id = ?", id);
        assertEquals(List.of(Secret.hash(secret)), stored);
        assertNotEquals(secret, stored.get(0));
        assertEquals(List.of("0"), column("select count(*) from api_key where key_hash = ?", secret));
        assertEquals(List.of("xicheng"), column("select district_id from api_key where id = ?", id));

        in(
                XICHENG,
                w -> assertEquals(id, w.keys.authenticate(secret).orElseThrow().id()));
        in(XICHENG, w -> assertTrue(w.keys.keys().get(0).lastUsed().isPresent(), "use is noted"));
        in(LUOHU, w -> assertTrue(w.keys.authenticate(secret).isEmpty(), "a Xicheng key means nothing in Luohu"));
        in(LUOHU, w -> assertThrows(RefusedException.class, () -> w.keys.revoke(id, "越权", "luohu-admin")));

        in(XICHENG, w -> assertThrows(RefusedException.class, () -> w.keys.revoke(id, " ", "xicheng-admin")));
        in(XICHENG, w -> w.keys.revoke(id, "App 下线", "xicheng-admin"));
        in(XICHENG, w -> assertTrue(w.keys.authenticate(secret).isEmpty(), "a revoked key is refused"));
        in(XICHENG, w -> {
            List<ClientKeyAudit> trail = w.keys.trail();
            assertEquals(
                    List.of(ClientKeyAudit.Action.REVOKED, ClientKeyAudit.Action.CREATED),
                    trail.stream().map(ClientKeyAudit::action).toList());
            assertEquals("App 下线", trail.get(0).reason());
            assertEquals("xicheng-admin", trail.get(0).actor());
            assertEquals("接入西城市民App", trail.get(1).reason());
            assertEquals("xicheng-admin", w.keys.keys().get(0).revokedBy());
        });
        in(
                LUOHU,
                w -> assertTrue(w.keys.trail().stream().noneMatch(a -> a.keyId().equals(id))
                        && w.keys.keys().stream().noneMatch(k -> k.id().equals(id))));
    }

    @Test
    void a_key_needs_a_client_name_and_a_reason_and_a_demo_key_is_installed_once() {
        in(LUOHU, w -> {
            assertThrows(RefusedException.class, () -> w.keys.create("", "理由", "luohu-admin"));
            assertThrows(RefusedException.class, () -> w.keys.create("App", null, "luohu-admin"));
            assertTrue(w.keys.installDemo("演示客户端", "demo-open311-luohu"));
            assertFalse(w.keys.installDemo("演示客户端", "demo-open311-luohu"));
        });
        in(LUOHU, w -> assertTrue(w.keys.authenticate("demo-open311-luohu").isPresent()));
        in(XICHENG, w -> assertTrue(w.keys.authenticate("demo-open311-luohu").isEmpty()));
    }

    @Test
    void a_request_id_is_stored_hashed_and_names_its_matter_in_its_district_only() throws Exception {
        String requestId = Secret.generate(Open311Requests.PREFIX);
        AtomicReference<String> number = new AtomicReference<>();
        in(XICHENG, w -> {
            String keyId = w.keys.create("App", "测试", "xicheng-admin").key().id();
            Matter m = matter(w.matters);
            w.matters.add(m);
            w.repository.addRequest(Secret.hash(requestId), m.number(), keyId, m.receivedAt());
            number.set(m.number());
        });
        assertEquals(
                List.of(Secret.hash(requestId)),
                column("select token_hash from open311_request where matter_number = ?", number.get()));
        in(
                XICHENG,
                w -> assertEquals(
                        number.get(),
                        w.repository.matterOfRequest(Secret.hash(requestId)).orElseThrow()));
        in(
                LUOHU,
                w -> assertTrue(
                        w.repository.matterOfRequest(Secret.hash(requestId)).isEmpty()));
        assertNotEquals(Secret.generate("o311"), Secret.generate("o311"));
    }

    static Matter matter(MatterRepository repo) {
        LocalDateTime t = LocalDateTime.of(2026, 11, 30, 9, 0);
        return Matter.receive(
                repo.nextNumber(t.toLocalDate()),
                Channel.OPEN311,
                null,
                new Matter.Submission("路灯不亮", "路灯不亮了", null, "street-1", null, null, null, null, null),
                new TimeLimit("H24", "24小时", TimeLimit.Measure.HOURS, 24),
                t,
                t.plusHours(24),
                "open311");
    }
}
