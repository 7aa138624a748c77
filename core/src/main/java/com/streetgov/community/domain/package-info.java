/** Communities, grids and commissioners, and locating a matter's street from them. */
package com.streetgov.community.domain;
