/** The identity directory port used by onboarding. */
package com.streetgov.onboarding.application;
