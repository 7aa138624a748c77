/**
 * Application services for reform models: reading a district's model and its layouts as of a date,
 * changing it with validation and audit, and moving versions through their life cycle.
 */
package com.streetgov.reform.application;
