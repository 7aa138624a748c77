/**
 * Intake, routing with cached per-district indexes and workflow steps ({@code MatterService}),
 * whistles ({@code WhistleService}) and the return-visit queue ({@code ReturnVisitService}), in
 * transactions.
 */
package com.streetgov.matter.application;
