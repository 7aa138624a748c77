/**
 * The seed templates' dispatch catalogs (issue 11): the common matter types of
 * {@code templates/dispatch-types-cn.json} (format {@code streetgov-dispatch-types/1}) and each
 * template's {@code templates/<id>.catalog.json} (format {@code streetgov-dispatch-catalog/1}): its
 * departments, where each type is handled in that district, and types of its own.
 */
package com.streetgov.tenantconfig.dispatch;
