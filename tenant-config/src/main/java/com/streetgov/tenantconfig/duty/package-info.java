/**
 * Duty lists as spreadsheets (.xlsx, Chinese column headers, Apache POI): export, and import that
 * rejects the whole file when any row is bad, naming each bad row and column. Also the generator that
 * fills templates beyond what the sources name, every generated item saying so.
 */
package com.streetgov.tenantconfig.duty;
