/** Reading, installing and replacing the current district's dispatch catalog, audited. */
package com.streetgov.dispatch.application;
