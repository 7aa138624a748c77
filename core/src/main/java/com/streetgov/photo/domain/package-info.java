/** The photo policy (what is accepted and how it is cleaned) and the repository port. */
package com.streetgov.photo.domain;
