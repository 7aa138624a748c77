package com.streetgov.enforcement.domain;

/** How a power reaches the street: 交由 (handed over), 授权 (authorised), 委托 (entrusted). */
public enum HandoverMode {
    HANDED_OVER("交由"),
    AUTHORISED("授权"),
    ENTRUSTED("委托");

    private final String label;

    HandoverMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
