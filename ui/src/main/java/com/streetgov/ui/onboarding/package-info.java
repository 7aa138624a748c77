/** Vendor screen: onboarding a new district from a template. */
package com.streetgov.ui.onboarding;
