/** JPA storage of matters, their events and whistles (tenant-owned), and the Lucene smartcn classifier. */
package com.streetgov.matter.infrastructure;
