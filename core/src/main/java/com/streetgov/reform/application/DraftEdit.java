package com.streetgov.reform.application;

/**
 * Who edits which draft, on the model as read at {@code revision} (an edit made on an older reading is
 * refused), and why (optional; recorded in the audit trail).
 */
public record DraftEdit(String actor, String versionCode, int revision, String reason) {}
