/**
 * Application services of duty lists: reading, replacing by import, coverage of a street, and
 * admission (准入) with its calendar and settings.
 */
package com.streetgov.duty.application;
