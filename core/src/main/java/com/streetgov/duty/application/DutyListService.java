package com.streetgov.duty.application;

import com.streetgov.duty.domain.Coverage;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyListRepository;
import com.streetgov.reform.application.ReformModelService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** The current district's duty list and its coverage of a street's layout on a date. */
@ApplicationScoped
@Transactional
public class DutyListService {

    @Inject
    DutyListRepository repository;

    @Inject
    ReformModelService reformModels;

    public List<DutyItem> items() {
        return repository.findAll();
    }

    /** Replaces the list with an imported one, in one transaction. */
    public void replace(List<DutyItem> items) {
        repository.replaceAll(items);
    }

    public Coverage coverage(String streetCode, LocalDate date) {
        var layout =
                reformModels.current().map(m -> m.unitsOf(streetCode, date)).orElse(List.of());
        return Coverage.of(streetCode, date, layout, repository.findAll(), List.of());
    }
}
