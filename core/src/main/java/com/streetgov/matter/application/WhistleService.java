package com.streetgov.matter.application;

import com.streetgov.dispatch.domain.Department;
import com.streetgov.dispatch.domain.DispatchCatalogRepository;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterRefusedException;
import com.streetgov.matter.domain.MatterRepository;
import com.streetgov.matter.domain.Rating;
import com.streetgov.matter.domain.Whistle;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 吹哨报到 on the current district's matters: the street (or a commissioner) summons district
 * departments to report in within a deadline, each department reports in with its action (late ones
 * flagged), and the street rates each. Blowing and reporting in are also notes in the matter's
 * history, in the same transaction; a refusal rolls back and says why in Chinese.
 */
@ApplicationScoped
@Transactional(rollbackOn = MatterRefusedException.class)
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class WhistleService {

    @Inject
    DispatchCatalogRepository catalog;

    @Inject
    MatterRepository repository;

    @Inject
    MatterClock clock;

    /** The matter's whistles, oldest first. */
    /** The district's departments a street may summon, by name (its dispatch catalog's departments). */
    public List<String> departments() {
        return catalog.departments().stream().map(Department::name).toList();
    }

    public List<Whistle> whistles(String number) {
        return repository.whistles(number);
    }

    /** The street (or a commissioner) summons district departments, each to report in within the deadline. */
    public Whistle blow(String number, List<String> departments, int minutes, String reason, String actor)
            throws MatterRefusedException {
        Matter m = repository.find(number).orElseThrow(() -> new MatterRefusedException("没有编号为" + number + "的诉求"));
        LocalDateTime now = clock.now();
        Whistle whistle = Whistle.blow(
                UUID.randomUUID().toString(),
                number,
                m.submission().street(),
                actor,
                now,
                minutes,
                reason,
                departments);
        repository.save(whistle);
        int known = m.events().size();
        m.note(
                "WHISTLE",
                actor,
                now,
                "吹哨召集"
                        + String.join(
                                "、",
                                whistle.summons().stream()
                                        .map(Whistle.Summons::department)
                                        .toList()) + "，" + minutes + "分钟内报到：" + (reason == null ? "" : reason));
        repository.update(m, known);
        return whistle;
    }

    /** A summoned department reports in with its action; the history flags it late after the deadline. */
    public Whistle reportIn(String whistleId, String department, String action, String actor)
            throws MatterRefusedException {
        Whistle w = repository.whistle(whistleId).orElseThrow(() -> new MatterRefusedException("没有该吹哨记录"));
        LocalDateTime now = clock.now();
        Whistle next = w.reportIn(department, now, action);
        repository.save(next);
        Matter m = repository.find(w.matterNumber()).orElseThrow();
        int known = m.events().size();
        m.note(
                "REPORTED_IN",
                actor,
                now,
                department + (next.late(next.summonsOf(department).orElseThrow()) ? "（超时）" : "") + "报到：" + action);
        repository.update(m, known);
        return next;
    }

    /** The street rates how a summoned department did. */
    public Whistle rateSummons(String whistleId, String department, Rating rating, String actor)
            throws MatterRefusedException {
        Whistle w = repository.whistle(whistleId).orElseThrow(() -> new MatterRefusedException("没有该吹哨记录"));
        Whistle next = w.rate(department, rating);
        repository.save(next);
        return next;
    }
}
