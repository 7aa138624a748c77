/** JPA storage of the assessment feature's tenant-owned rows (exclusions from assessment). */
package com.streetgov.assessment.infrastructure;
