/** Reading and replacing a district's communities, grids and commissioners. */
package com.streetgov.community.application;
