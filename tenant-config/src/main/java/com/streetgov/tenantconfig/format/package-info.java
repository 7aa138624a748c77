/**
 * The reform-model file format {@code streetgov-reform-model/1} (documented in tenant-config/FORMAT.md):
 * reading a file into a {@link com.streetgov.reform.domain.ReformModel} with errors that name the line
 * and the element, and writing a model back so that export → import is lossless. A file with any error
 * is rejected whole; nothing is half-read.
 */
package com.streetgov.tenantconfig.format;
