/**
 * Organisation: districts (the tenants) and their streets (街道). Later issues add units, legacy
 * sections and versioned reform models here.
 */
package com.streetgov.organisation;
