package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database connection dies during an intake's COMMIT (DD019): the answer is the outage's clean 503,
 * nothing is stored, and the retry with the same Idempotency-Key stores the matter once. The fault test
 * restarts PostgreSQL at random moments and met this once in thousands of requests, as a 500; here it is
 * made to happen every time: a deferred constraint trigger, matching this test's title only, makes the
 * PostgreSQL backend end its own session while the commit runs (before the commit record is written).
 */
@ExtendWith(StackExtension.class)
class CommitLostIT {

    final ApiClient api;

    CommitLostIT(RunningStack stack) {
        this.api = new ApiClient(stack);
    }

    @Test
    void a_commit_cut_off_answers_503_stores_nothing_and_the_retry_stores_the_matter_once() throws Exception {
        String title = "commit-lost-" + UUID.randomUUID();
        String key = "commit-lost-" + UUID.randomUUID();
        String body = "{\"title\":\"" + title + "\",\"description\":\"小区门口的路灯坏了好几天了，晚上很黑\"}";
        String token = api.token("luohu-staff");
        try (Connection db = ShardIT.connect(ShardIT.MAIN_DB);
                Statement sql = db.createStatement()) {
            try {
                sql.execute(
                        """
                        create function streetgov_test_commit_lost() returns trigger language plpgsql as $$
                        begin
                          if new.title = '%s' then
                            perform pg_terminate_backend(pg_backend_pid());
                            perform pg_sleep(5); -- the termination is taken here, inside the commit
                          end if;
                          return null;
                        end $$"""
                                .formatted(title));
                sql.execute(
                        """
                        create constraint trigger streetgov_test_commit_lost after insert on matter
                        deferrable initially deferred for each row execute function streetgov_test_commit_lost()""");

                HttpResponse<String> cut = api.post("/api/matters", token, body, key);
                assertEquals(
                        503, cut.statusCode(), "a commit the database did not confirm is an outage: " + cut.body());
                JsonObject problem = (JsonObject) ApiClient.parse(cut.body());
                assertEquals("database_unavailable", problem.getString("error"), cut.body());
                assertTrue(cut.headers().firstValue("Retry-After").isPresent(), "the client is told to retry");
                assertEquals(0, stored(db, title), "the commit did not happen: nothing is stored");
            } finally {
                sql.execute("drop trigger if exists streetgov_test_commit_lost on matter");
                sql.execute("drop function if exists streetgov_test_commit_lost()");
            }

            HttpResponse<String> retried = api.post("/api/matters", token, body, key);
            assertEquals(201, retried.statusCode(), "the retry with the same key is taken in: " + retried.body());
            HttpResponse<String> again = api.post("/api/matters", token, body, key);
            assertEquals(200, again.statusCode(), "and a second retry answers the same matter: " + again.body());
            assertEquals(
                    ((JsonObject) ApiClient.parse(retried.body())).getString("number"),
                    ((JsonObject) ApiClient.parse(again.body())).getString("number"));
            assertEquals(1, stored(db, title), "stored once");
        }
    }

    private static long stored(Connection db, String title) throws Exception {
        try (PreparedStatement s = db.prepareStatement("select count(*) from matter where title = ?")) {
            s.setString(1, title);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
