/** Assessment operations in transactions: exclusions from assessment and their approval. */
package com.streetgov.assessment.application;
