/** Organisation screens: the vendor's list of districts, one district's overview, its streets. */
package com.streetgov.ui.organisation;
