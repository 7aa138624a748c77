/**
 * Assessment services: {@link com.streetgov.assessment.application.ResultsService} (rules versions,
 * rates, rankings, trends, baseline, drill-down), each operation declaring its roles (DD023).
 */
package com.streetgov.assessment.application;
