/** The residents' window use cases: submit, follow and rate by tracking code. */
package com.streetgov.resident.application;
