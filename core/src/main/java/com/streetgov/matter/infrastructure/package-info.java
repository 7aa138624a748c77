/**
 * JPA storage of matters, their events, whistles, return visits and time limits (tenant-owned); the
 * Lucene smartcn classifier and the index of people's routing decisions; bulk loading of generated
 * history.
 */
package com.streetgov.matter.infrastructure;
