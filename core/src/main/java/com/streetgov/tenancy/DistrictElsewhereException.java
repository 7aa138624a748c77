package com.streetgov.tenancy;

/**
 * Thrown when a district's work cannot run here right now: the district is being moved to another
 * shard (paused), or the database an EntityManager was opened on no longer holds its rows (a move
 * finished after the directory was read). Temporary: the caller retries and reaches the district where
 * it now lives (the API answers 503 with Retry-After, DD039).
 */
public class DistrictElsewhereException extends IllegalStateException {

    public DistrictElsewhereException(String district, String why) {
        super("district " + district + " " + why);
    }
}
