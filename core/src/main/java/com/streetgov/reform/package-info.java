/**
 * Reform models: a district's "大部制" street layout as versioned configuration. Everything later
 * (duties, enforcement, routing, KPIs) reads a street's layout as of a date from here.
 */
package com.streetgov.reform;
