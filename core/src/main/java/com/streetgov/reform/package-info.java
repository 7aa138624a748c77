/**
 * Reform models: a district's "大部制" street layout as versioned configuration. Routing, the
 * duty templates' leads by layout and the layout screens read a street's layout as of a date from here.
 */
package com.streetgov.reform;
