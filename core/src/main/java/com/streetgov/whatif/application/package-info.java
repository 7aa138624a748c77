/**
 * What-if runs for the district admin (issue 16, DD037): a reform model version not yet in force or a
 * duty list about to be imported, tried on a past period's matters before it is filed or confirmed.
 * Reads only; the replay itself is {@link com.streetgov.whatif.domain.Replay}'s.
 */
package com.streetgov.whatif.application;
