package com.streetgov.tenantconfig.demo;

import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.ExclusionKind;
import com.streetgov.matter.domain.Channel;
import com.streetgov.matter.domain.GeneratedMatter;
import com.streetgov.matter.domain.MatterEvent;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.matter.domain.Rating;
import com.streetgov.matter.domain.TimeLimit;
import com.streetgov.matter.domain.Whistle;
import com.streetgov.text.Text;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Turns a drafted matter with its outcome into stored facts: the answer on time (mostly), closing, the
 * return visit with its outcome, the history (received, dispatched, responded, closed, return visit),
 * and for a few matters an approved exclusion or a whistle with its summons.
 */
final class Outcomes {

    /** Share of matters on which the street blew the whistle (吹哨报到). */
    static final double WHISTLES = 0.01;

    /** District departments summoned by whistles (names as the Beijing districts' departments go). */
    static final List<String> DEPARTMENTS =
            List.of("区城市管理委", "区住房城市建设委", "区市场监管局", "区生态环境局", "区交通委", "区水务局", "区园林绿化局", "公安分局");

    private static final Map<String, String> EXCLUSION_REASONS = Map.of(
            "EMERGENCY", "来电反映燃气泄漏，已即时转119处置",
            "LITIGATION", "双方已就该纠纷提起诉讼，属司法途径",
            "REPEAT", "与本月已办结诉求内容相同，无新情况",
            "OUT_OF_DUTY", "反映事项属于企业经营纠纷，不属于街道和部门职责",
            "UNLAWFUL", "诉求要求违规办理户口迁移，不符合法律规定");

    private static final String[] KINDS = {
        "REPEAT", "REPEAT", "REPEAT", "OUT_OF_DUTY", "OUT_OF_DUTY", "LITIGATION", "EMERGENCY", "UNLAWFUL"
    };

    private final DemoHistory.Setting setting;
    private final Random random;

    Outcomes(DemoHistory.Setting setting, Random random) {
        this.setting = setting;
        this.random = random;
    }

    GeneratedMatter matter(PeriodMatters.Draft d) {
        LocalDateTime received = d.received;
        LocalDateTime due = d.limit.measure() == TimeLimit.Measure.DAYS
                ? received.plusDays(d.limit.amount())
                : received.plusHours(d.limit.measure() == TimeLimit.Measure.HOURS ? d.limit.amount() : 24);
        long window = java.time.Duration.between(received, due).toMinutes();
        // Most answers come well before the deadline; one in fifty is late.
        long answerAfter = random.nextDouble() < 0.02
                ? window + 30 + random.nextInt(600)
                : (long) (window * (0.1 + 0.8 * random.nextDouble()));
        LocalDateTime answered = received.plusMinutes(Math.max(10, answerAfter));
        LocalDateTime closed = answered.plusMinutes(60 + random.nextInt(24 * 60));
        String answer =
                ResidentSentences.pick(ResidentSentences.of(d.item.area()).answers(), random);
        String description = d.title + "。" + ResidentSentences.pick(ResidentSentences.DETAILS, random);
        String resident = ResidentSentences.resident(random);

        GeneratedMatter.Visit visit = visit(d, closed);
        List<MatterEvent> events = new ArrayList<>();
        events.add(new MatterEvent(
                1, received, receivedBy(d.channel), "RECEIVED", null, MatterState.RECEIVED, Text.literal(d.title)));
        events.add(new MatterEvent(
                2, received, "system", "DISPATCHED", MatterState.RECEIVED, MatterState.DISPATCHED, d.routing.reason()));
        events.add(new MatterEvent(
                3,
                answered,
                d.streetName + "（演示）",
                "RESPONDED",
                MatterState.DISPATCHED,
                MatterState.RESPONDED,
                Text.literal(answer)));
        events.add(new MatterEvent(4, closed, "system", "CLOSED", MatterState.RESPONDED, MatterState.CLOSED, null));
        events.add(new MatterEvent(
                5,
                visit.visitedAt(),
                visit.visitedBy(),
                "RETURN_VISIT",
                MatterState.CLOSED,
                MatterState.CLOSED,
                Text.literal(visit.note())));
        Rating rating = visit.reached() ? d.rating : null;
        return new GeneratedMatter(
                d.number,
                d.channel,
                PeriodMatters.submission(d, description, resident),
                d.limit,
                received,
                due,
                d.routing,
                answer,
                rating,
                visit.note(),
                events,
                visit,
                d.excluded ? exclusion(d, closed) : null,
                !d.excluded && random.nextDouble() < WHISTLES ? whistle(d) : null);
    }

    private static String receivedBy(Channel channel) {
        return switch (channel) {
            case WINDOW -> "一窗受理（演示）";
            case OPEN311 -> "open311:演示客户端";
            case API -> "接口（演示）";
            case RESIDENT -> "居民（网页，演示）";
        };
    }

    private GeneratedMatter.Visit visit(PeriodMatters.Draft d, LocalDateTime closed) {
        LocalDateTime due = closed.plusDays(3);
        if (d.invalid) {
            boolean refused = random.nextDouble() < 0.3;
            return new GeneratedMatter.Visit(
                    closed,
                    due,
                    "STAFF",
                    false,
                    refused ? "REFUSED" : "UNREACHABLE",
                    null,
                    null,
                    null,
                    refused ? "居民拒绝回访" : "三次拨打无人接听",
                    "回访员（演示）",
                    closed.plusMinutes(60 + random.nextInt(2 * 24 * 60)));
        }
        boolean residentRated = random.nextDouble() < 0.15;
        String note = (d.contacted ? "承办单位已联系居民；" : "承办单位未联系居民；")
                + (d.resolved ? "问题已解决；" : "问题未解决；")
                + d.rating.label().inDefaultLanguage();
        return new GeneratedMatter.Visit(
                closed,
                due,
                residentRated ? "RESIDENT" : "STAFF",
                true,
                null,
                d.contacted,
                d.resolved,
                d.rating.name(),
                note,
                residentRated ? "居民本人评价" : "回访员（演示）",
                closed.plusMinutes(residentRated ? 10 + random.nextInt(24 * 60) : 60 + random.nextInt(2 * 24 * 60)));
    }

    private GeneratedMatter.Exclusion exclusion(PeriodMatters.Draft d, LocalDateTime closed) {
        String kind = KINDS[random.nextInt(KINDS.length)];
        AssessmentRules rules = HistoryPlan.RULES;
        String name = rules.exclusionKinds().stream()
                .filter(k -> k.code().equals(kind))
                .map(ExclusionKind::name)
                .findFirst()
                .orElse(kind);
        LocalDateTime requested = closed.plusHours(2 + random.nextInt(20));
        return new GeneratedMatter.Exclusion(
                kind,
                EXCLUSION_REASONS.get(kind),
                d.streetName + "工作人员（演示）",
                requested,
                setting.district() + "-admin",
                requested.plusHours(4 + random.nextInt(48)),
                "同意，按“" + name + "”不计入考核");
    }

    private Whistle whistle(PeriodMatters.Draft d) {
        LocalDateTime blown = d.received.plusMinutes(30 + random.nextInt(180));
        int minutes = random.nextBoolean() ? 30 : 60;
        List<String> departments = new ArrayList<>(DEPARTMENTS);
        java.util.Collections.shuffle(departments, random);
        List<Whistle.Summons> summons = new ArrayList<>();
        for (String department : departments.subList(0, 1 + random.nextInt(2))) {
            double x = random.nextDouble();
            if (x < 0.04) {
                summons.add(new Whistle.Summons(department, null, null, null));
                continue;
            }
            // 85 % report in within the deadline, the rest late
            double share = x < 0.89 ? 0.2 + 0.75 * random.nextDouble() : 1.1 + random.nextDouble();
            double r = random.nextDouble();
            Rating rating = r < 0.75 ? Rating.SATISFIED : r < 0.93 ? Rating.BASICALLY_SATISFIED : Rating.NOT_SATISFIED;
            summons.add(new Whistle.Summons(
                    department, blown.plusMinutes(Math.round(minutes * share)), "到场会商，明确处置分工并现场处置", rating));
        }
        return new Whistle(
                "GW" + d.number.substring(1),
                d.number,
                d.street,
                d.streetName + "（演示）",
                blown,
                minutes,
                "诉求涉及多个部门职责，街道吹哨召集相关部门报到",
                summons);
    }
}
