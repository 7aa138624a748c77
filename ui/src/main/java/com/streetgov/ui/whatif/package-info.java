/**
 * The 试算影响 panel (issue 16): a what-if run of a draft on a past period, in the background with a
 * progress bar and a cancel button, its effect per street and place, each figure drilling down to its
 * matters. Placed by the screens that file or confirm a change (改革模型, the duty list's import).
 */
package com.streetgov.ui.whatif;
