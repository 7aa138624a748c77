/**
 * Application services of the organisation feature. They are transactional, take and return plain
 * values or summaries (records), and never hand entities to the UI.
 */
package com.streetgov.organisation.application;
