package com.streetgov.matter.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.matter.domain.Channel;
import com.streetgov.matter.domain.Matter;
import com.streetgov.platform.Commands;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The intake command refuses what the matter table cannot hold, naming the field in Chinese. */
class IntakeCommandTest {

    static Matter.Submission ok() {
        return new Matter.Submission(
                "路灯不亮", "小区门口路灯坏了三天", "西长安街 1 号", "street-1", null, null, null, "王女士", "138-0000 1111");
    }

    static MatterService.Intake intake(Matter.Submission s, String key) {
        return new MatterService.Intake(Channel.API, key, s, null);
    }

    static ConstraintViolation<?> refused(MatterService.Intake intake) {
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class, () -> Commands.valid(intake));
        assertEquals(
                1,
                e.getConstraintViolations().size(),
                e.getConstraintViolations().toString());
        return e.getConstraintViolations().iterator().next();
    }

    static Matter.Submission with(UnaryOperator<String[]> change) {
        Matter.Submission s = ok();
        String[] f = {
            s.title(),
            s.description(),
            s.address(),
            s.street(),
            s.community(),
            s.grid(),
            s.category(),
            s.residentName(),
            s.residentPhone()
        };
        f = change.apply(f);
        return new Matter.Submission(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
    }

    @Test
    void every_column_limit_is_accepted_at_its_size_and_refused_one_over() {
        String[] names = {"title", "description", "address", "street", "community", "grid", "category", "residentName"};
        int[] limits = {300, 4000, 300, 64, 64, 64, 64, 100};
        for (int i = 0; i < names.length; i++) {
            int field = i;
            Commands.valid(intake(with(f -> set(f, field, "字".repeat(limits[field]))), null));
            ConstraintViolation<?> v = refused(intake(with(f -> set(f, field, "字".repeat(limits[field] + 1))), null));
            assertEquals("submission." + names[i], v.getPropertyPath().toString());
            assertEquals(
                    names[i] + "（" + v.getMessage().split("（")[1].split("）")[0] + "）不能超过 " + limits[i] + " 个字符",
                    v.getMessage());
        }
        Commands.valid(intake(with(f -> set(f, 8, "1".repeat(40))), null));
        assertEquals(
                "residentPhone（联系电话）不能超过 40 个字符",
                refused(intake(with(f -> set(f, 8, "1".repeat(41))), null)).getMessage());
    }

    @Test
    void nul_a_missing_title_a_letter_in_the_phone_and_a_bad_key_are_refused() {
        assertEquals(
                "title（标题）不能包含控制字符（如 NUL）",
                refused(intake(with(f -> set(f, 0, "路灯\u0000")), null)).getMessage());
        assertTrue(refused(intake(with(f -> set(f, 0, " ")), null)).getMessage().startsWith("title（标题）必填"));
        assertEquals(
                "submission.residentPhone",
                refused(intake(with(f -> set(f, 8, "call me")), null))
                        .getPropertyPath()
                        .toString());
        assertEquals(
                "idempotencyKey",
                refused(intake(ok(), "k".repeat(101))).getPropertyPath().toString());
        assertEquals(
                "idempotencyKey", refused(intake(ok(), "键")).getPropertyPath().toString());
        Commands.valid(intake(ok(), "k".repeat(100)));
    }

    @Test
    void the_fingerprint_ignores_surrounding_blanks_and_tells_other_requests_apart() {
        String first = IntakeFingerprint.of(intake(ok(), "k"));
        assertEquals(first, IntakeFingerprint.of(intake(with(f -> set(f, 0, "  路灯不亮 ")), "other-key")));
        assertNotEquals(first, IntakeFingerprint.of(intake(with(f -> set(f, 0, "路灯不亮了")), "k")));
        // Moving text between fields is another request, even though the concatenation is the same.
        assertNotEquals(
                IntakeFingerprint.of(intake(with(f -> set(set(f, 0, "ab"), 1, "c")), "k")),
                IntakeFingerprint.of(intake(with(f -> set(set(f, 0, "a"), 1, "bc")), "k")));
        assertTrue(IntakeFingerprint.same(null, first), "a matter stored before fingerprints keeps its key");
    }

    private static String[] set(String[] f, int i, String value) {
        f[i] = value;
        return f;
    }
}
