/**
 * Open311 GeoReport v2's documents, written once as records and sent in the format the path's suffix
 * names: {@code .json} through JSON-B, {@code .xml} through {@link com.streetgov.ui.api.georeport.XmlWriter}
 * (the JDK's StAX) with the spec's root and item elements. Errors under {@code /api/open311/} use the
 * same records ({@code [{"code","description"}]} / {@code <errors><error>…}), whoever raises them.
 *
 * <p>Depends on nothing else of the UI, so the resource and the API's guard both use it.
 */
package com.streetgov.ui.api.georeport;
