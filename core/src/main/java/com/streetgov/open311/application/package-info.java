/** Key administration for district admins, key checks and request ids for the Open311 edge. */
package com.streetgov.open311.application;
