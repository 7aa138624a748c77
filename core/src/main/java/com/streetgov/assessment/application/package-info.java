/**
 * Assessment services: {@link com.streetgov.assessment.application.ResultsService} (rules versions,
 * rates, rankings, trends, baseline, drill-down), exclusions from assessment and their approval, the
 * double assessment, hotspots, the monthly theme and the vendor's activity figures; each operation
 * declaring its roles (DD023).
 */
package com.streetgov.assessment.application;
