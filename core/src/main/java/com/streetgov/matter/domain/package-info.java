/** The matter aggregate, its workflow and time limits, routing rules and whistles; no persistence here. */
package com.streetgov.matter.domain;
