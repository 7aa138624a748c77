package com.streetgov.reform.application;

import com.streetgov.reform.domain.Finding;
import com.streetgov.reform.domain.ReformModel;
import java.util.List;

/**
 * The outcome of a change: the model as saved, what its rules now say about it, and, for a layout
 * edit, the unit it is about (the new unit of an add or split; null otherwise).
 */
public record ModelChange(ReformModel model, List<Finding> findings, String unit) {

    public ModelChange(ReformModel model, List<Finding> findings) {
        this(model, findings, null);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }
}
