package com.streetgov.enforcement.domain;

/** A filter over the catalog: free text (code, name, legal basis), and optionally a domain and type. */
public record PowerQuery(String text, PowerDomain domain, PowerType type) {

    public static final PowerQuery ALL = new PowerQuery(null, null, null);
}
