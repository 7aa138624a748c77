package com.streetgov.matter.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchTarget;
import com.streetgov.dispatch.domain.DispatchType;
import com.streetgov.matter.domain.MatterClassifier;
import com.streetgov.matter.domain.MatterClassifier.Kind;
import com.streetgov.matter.domain.MatterClassifier.Match;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The second opinion by meaning (DD041) with the real bge-small-zh-v1.5 model: it leaves sure and
 * learned lexical answers alone, and where the words tie it prefers the type whose sentences mean what
 * the resident said. The lexical side is a fixed list here, so the words cannot decide.
 */
class SemanticMatterClassifierTest {

    static final DispatchType SMOKE = new DispatchType(
            "T-SMOKE",
            "餐饮油烟扰民",
            "ENVIRONMENT",
            List.of("油烟"),
            List.of("楼下烧烤店的油烟全飘进我家窗户", "饭店排烟管道对着居民楼"),
            DispatchTarget.item("I-SMOKE"),
            "inferred");

    static final DispatchType PENSION = new DispatchType(
            "T-PENSION",
            "养老金领取",
            "SOCIAL",
            List.of("退休金"),
            List.of("我退休了想问怎么领养老金", "老人的养老金这个月没到账"),
            DispatchTarget.item("I-PENSION"),
            "inferred");

    static final DispatchCatalog CATALOG = new DispatchCatalog(List.of(), List.of(SMOKE, PENSION));

    /** A lexical side that answers {@code matches} whatever the text, and counts its calls. */
    record Fixed(List<Match> matches, AtomicInteger calls) implements MatterClassifier {
        Fixed(List<Match> matches) {
            this(matches, new AtomicInteger());
        }

        @Override
        public List<Match> match(String text, int limit) {
            calls.incrementAndGet();
            return matches.size() > limit ? matches.subList(0, limit) : matches;
        }
    }

    static MatterClassifier semantic(MatterClassifier lexical) {
        return SemanticMatterClassifier.of(lexical, List.of(), CATALOG, SentenceVectors.shared());
    }

    @Test
    void a_tie_of_words_goes_to_the_type_of_the_same_meaning() {
        List<Match> tie = List.of(new Match(Kind.TYPE, "T-PENSION", 5.0), new Match(Kind.TYPE, "T-SMOKE", 5.0));
        List<Match> smoke = semantic(new Fixed(tie)).match("晚上烤串摊冒的烟把我们整栋楼都熏了", 3);
        assertEquals("T-SMOKE", smoke.get(0).code(), smoke.toString());
        assertTrue(smoke.get(0).score() > smoke.get(1).score(), smoke.toString());

        List<Match> pension =
                semantic(new Fixed(List.of(tie.get(1), tie.get(0)))).match("我爸上个月退休，退休工资要去哪里办手续才能拿到", 3);
        assertEquals("T-PENSION", pension.get(0).code(), pension.toString());
    }

    @Test
    void nothing_matched_by_words_can_still_be_found_by_meaning() {
        List<Match> found = semantic(new Fixed(List.of())).match("隔壁饭馆的排风扇对着我家阳台，天天一股炒菜烟味", 3);
        assertEquals("T-SMOKE", found.get(0).code(), found.toString());
        assertTrue(found.get(0).score() >= com.streetgov.matter.domain.Router.MIN_SCORE, found.toString());
        assertTrue(found.get(0).similarity() > SemanticMatterClassifier.FLOOR, "the reason can say how alike");
    }

    @Test
    void sure_words_and_learned_texts_stand_as_they_are() {
        List<Match> sure = List.of(new Match(Kind.TYPE, "T-PENSION", 9.0), new Match(Kind.TYPE, "T-SMOKE", 1.0));
        assertEquals(sure, semantic(new Fixed(sure)).match("烧烤油烟熏人", 3), "confidence 0.9: the words decide");

        List<Match> learned = List.of(
                new Match(Kind.LEARNED, "I-PENSION", 800.0),
                new Match(Kind.TYPE, "T-SMOKE", 5.0),
                new Match(Kind.TYPE, "T-PENSION", 5.0));
        assertEquals(learned, semantic(new Fixed(learned)).match("烧烤油烟熏人", 3), "a person's routing decides");
    }

    @Test
    void vocabulary_vectors_are_kept_and_shared_between_classifiers() {
        semantic(new Fixed(List.of()));
        int kept = SentenceVectors.shared().keptCount();
        assertEquals(0, SentenceVectors.shared().keep(SemanticMatterClassifier.texts(List.of(), CATALOG)));
        semantic(new Fixed(List.of()));
        assertEquals(kept, SentenceVectors.shared().keptCount(), "a second district with the same catalog adds none");
    }
}
