/** The catalog stored in PostgreSQL (tables dispatch_type and district_department, V18). */
package com.streetgov.dispatch.infrastructure;
