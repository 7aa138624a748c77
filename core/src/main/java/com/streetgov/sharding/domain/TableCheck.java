package com.streetgov.sharding.domain;

/**
 * One table of a moved district on both sides: row counts and an order-independent checksum (md5 of
 * the sorted md5s of the rows' text) on the source and on the target.
 */
public record TableCheck(String table, long sourceRows, long targetRows, String sourceSum, String targetSum) {

    public boolean equal() {
        return sourceRows == targetRows && sourceSum.equals(targetSum);
    }

    /** One line of the move's report. */
    public String line() {
        return table + " " + sourceRows + "/" + targetRows + " " + sourceSum + "/" + targetSum
                + (equal() ? "" : " DIFFERENT");
    }
}
