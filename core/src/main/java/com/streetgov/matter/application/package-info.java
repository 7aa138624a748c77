/** Intake, routing with cached per-district indexes, workflow steps and whistles, in transactions. */
package com.streetgov.matter.application;
