/** Reads the matters a what-if replays, in plain SQL (one query over the period, no entities). */
package com.streetgov.whatif.infrastructure;
