/**
 * Shared spreadsheet plumbing for every list import (Apache POI): finding the header row and each
 * column by its header ({@link com.streetgov.tenantconfig.sheet.HeaderRow}), what a cell means whichever
 * tool wrote it ({@link com.streetgov.tenantconfig.sheet.CellValues}: date cells, numbers, padded text,
 * text dates), reading one row's cells while collecting errors, the all-or-nothing
 * {@link com.streetgov.tenantconfig.sheet.SheetException} that names each bad row and column (DD028),
 * and the preview of what an import would add, change and remove
 * ({@link com.streetgov.tenantconfig.sheet.ImportPreview}).
 */
package com.streetgov.tenantconfig.sheet;
