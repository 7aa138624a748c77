/**
 * Intake, routing with cached per-district indexes ({@code RoutingContexts}) and workflow steps
 * ({@code MatterService}), the dispatch desk ({@code DispatchDesk}) and referrals to district departments
 * ({@code Referrals}), whistles ({@code WhistleService}), the return-visit queue ({@code
 * ReturnVisitService}) and the demo districts' generated history ({@code GeneratedHistory}), in
 * transactions.
 */
package com.streetgov.matter.application;
