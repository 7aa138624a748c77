/**
 * The API's guard against bad input, shared by every resource: request limits (body size, headers,
 * content type, control characters in the URI), a strict JSON reader, and the mapping of every failure
 * to a JSON body with a Chinese message naming the problem or field (under {@code /api/open311/}:
 * GeoReport's error list, in XML or JSON by the path's suffix).
 *
 * <p>Invariants: no answer of the API carries an exception's text, a class name, SQL or a version;
 * anything unexpected is a 500 whose body holds only a correlation id, which the server log repeats
 * with the stack trace.
 */
package com.streetgov.ui.api.guard;
