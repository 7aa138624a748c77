package com.streetgov.reform.application;

import com.streetgov.reform.domain.Finding;
import com.streetgov.reform.domain.ReformModel;
import java.util.List;

/** The outcome of a change: the model as saved and what its rules now say about it. */
public record ModelChange(ReformModel model, List<Finding> findings) {

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }
}
