package com.streetgov.tenancy;

/** Thrown when tenant-owned data is touched while no district is set for the current work. */
public class NoDistrictException extends IllegalStateException {

    public NoDistrictException() {
        super("No district is set for this request: tenant-owned data cannot be read or written");
    }
}
