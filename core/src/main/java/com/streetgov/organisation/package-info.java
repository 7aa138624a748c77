/**
 * Organisation: districts (the tenants) and their streets (街道). Units, legacy sections and versioned
 * layouts live in the {@code reform} feature.
 */
package com.streetgov.organisation;
