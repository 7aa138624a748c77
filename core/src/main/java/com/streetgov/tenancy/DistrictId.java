package com.streetgov.tenancy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies a district (the tenant). Its value is the district's code, equal to the alias of the
 * district's Keycloak organization (e.g. {@code xicheng}); it is the {@code district_id} column of every
 * tenant-owned row.
 */
public record DistrictId(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[a-z][a-z0-9-]{1,31}$");

    public DistrictId {
        Objects.requireNonNull(value, "district id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a district id (lower-case letters, digits, '-'): " + value);
        }
    }

    public static DistrictId of(String value) {
        return new DistrictId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
