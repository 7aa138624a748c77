/**
 * The matter aggregate, its workflow and time limits, routing rules and the router's classifier port,
 * referrals, near-duplicate detection, whistles and the return visit (回访) with its outcome; no
 * persistence here.
 */
package com.streetgov.matter.domain;
