/**
 * JPA storage of the enforcement catalog, teams, seconded staff and appointment consultations. Every
 * record is tenant-owned ({@code district_id} leads its key) and mapped only here.
 */
package com.streetgov.enforcement.infrastructure;
