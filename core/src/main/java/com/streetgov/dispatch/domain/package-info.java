/**
 * The catalog's types, targets and departments, and the rules a catalog must satisfy before it is
 * stored ({@link com.streetgov.dispatch.domain.DispatchCatalog#findings}).
 */
package com.streetgov.dispatch.domain;
