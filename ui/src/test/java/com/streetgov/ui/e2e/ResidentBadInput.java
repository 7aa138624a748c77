package com.streetgov.ui.e2e;

import static com.streetgov.ui.e2e.BadInput.form;
import static com.streetgov.ui.e2e.BadInput.get;
import static com.streetgov.ui.e2e.BadInput.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Bad input for the residents' pages (issue 13), without a login: malformed, altered and foreign
 * tracking codes, photo numbers out of range, unknown districts, rating posts for codes that do not
 * exist, questionnaire links guessed or malformed (issue 14). Every one answers the same "not found" page (or the HTTP parser's refusal) and stores
 * nothing. No submission is posted here: the submission bucket of this address belongs to
 * {@link ResidentPageIT}, whose own cases cover a submission's bad fields and files.
 */
final class ResidentBadInput {

    static final String NOT_FOUND = "没有找到";
    static final String GUESSED = "r_" + "A".repeat(43);
    /** A questionnaire link's shape (issue 14) that no link has. */
    static final String GUESSED_LINK = "q_" + "A".repeat(43);

    private ResidentBadInput() {}

    static List<BadInput.Case> cases() {
        List<BadInput.Case> c = new ArrayList<>();
        String[][] missing = {
            {"resident unknown district", "/r/nowhere"},
            {"resident district in capitals", "/r/XICHENG"},
            {"resident district too long", "/r/" + "x".repeat(40)},
            {"resident guessed code", "/r/xicheng/t/" + GUESSED},
            {"resident code too long", "/r/xicheng/t/r_" + "A".repeat(70)},
            {"resident code with a dot", "/r/xicheng/t/r_AAAA.AAAA"},
            {"resident matter number as code", "/r/xicheng/t/20261130-000001"},
            {"resident photo of a guessed code", "/r/xicheng/t/" + GUESSED + "/photo/1"},
            {"resident photo 0", "/r/xicheng/t/" + GUESSED + "/photo/0"},
            {"resident photo 100", "/r/xicheng/t/" + GUESSED + "/photo/100"},
            {"resident photo not a number", "/r/xicheng/t/" + GUESSED + "/photo/one"},
            {"resident thumbnail of a guessed code", "/r/xicheng/t/" + GUESSED + "/photo/1/thumb"},
            {"resident QR of a guessed code", "/r/xicheng/t/" + GUESSED + "/qr.png"},
            {"resident unknown page", "/r/xicheng/admin"},
            {"resident script of another name", "/r/assets/other.js"},
            {"resident suggestions of an unknown district", "/r/nowhere/suggest?q=%E8%B7%AF%E7%81%AF%E5%9D%8F%E4%BA%86"
            },
            {"resident encoded traversal", "/r/xicheng/t/..%2F..%2FWEB-INF%2Fweb.xml"},
            {"survey guessed link", "/r/xicheng/q/" + GUESSED_LINK},
            {"survey tracking code as a link", "/r/xicheng/q/" + GUESSED},
            {"survey link too long", "/r/xicheng/q/q_" + "A".repeat(70)},
            {"survey link with a dot", "/r/xicheng/q/q_AAAA.AAAA"},
            {"survey link of an unknown district", "/r/nowhere/q/" + GUESSED_LINK}
        };
        for (String[] m : missing) {
            c.add(page(m[0], 404, NOT_FOUND, get(m[1], null)));
        }
        c.add(page(
                "survey answers through a guessed link",
                404,
                NOT_FOUND,
                form("/r/xicheng/q/" + GUESSED_LINK, "q.R1=5")));
        c.add(page(
                "resident rating for a guessed code",
                404,
                NOT_FOUND,
                form("/r/xicheng/t/" + GUESSED, "rating=SATISFIED&resolved=true")));
        c.add(page(
                "resident rating of no known kind for a guessed code",
                404,
                NOT_FOUND,
                form("/r/xicheng/t/" + GUESSED, "rating=VERY_HAPPY")));
        c.add(page(
                "resident rating with an over-long comment for a guessed code",
                404,
                NOT_FOUND,
                form("/r/xicheng/t/" + GUESSED, "rating=SATISFIED&comment=" + "x".repeat(600))));
        c.add(BadInput.of(
                "resident NUL in the tracking code", 400, BadInput.BY_HTTP_PARSER, get("/r/xicheng/t/r_A%00A", null)));
        return c;
    }
}
