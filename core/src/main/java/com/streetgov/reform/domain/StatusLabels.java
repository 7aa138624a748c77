package com.streetgov.reform.domain;

import com.streetgov.text.Text;

/** The names of version states, used in messages, in the reader's language. */
public final class StatusLabels {

    private StatusLabels() {}

    public static Text of(VersionStatus status) {
        String key = "reform.versionStatus." + status.name();
        return Text.of(key);
    }
}
