/**
 * Shared spreadsheet plumbing for list imports (Apache POI): header checks, reading one row's cells
 * while collecting errors, and the all-or-nothing {@link com.streetgov.tenantconfig.sheet.SheetException}
 * that names each bad row and column, and the preview of what an import would add, change and remove
 * ({@link com.streetgov.tenantconfig.sheet.ImportPreview}).
 */
package com.streetgov.tenantconfig.sheet;
