/** Staff reading a matter's photos; residents reach theirs through the residents' window. */
package com.streetgov.photo.application;
