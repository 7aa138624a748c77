/**
 * Residents' photos of a matter (issue 13, DD033). Invariants: a photo is accepted only if its content
 * — never its name — is a JPEG or PNG that decodes, within {@link com.streetgov.photo.domain.PhotoCheck}'s
 * limits (count, bytes, pixels); unless the resident chose to share it, nothing that can locate or
 * identify them stays in the file (EXIF but its orientation, XMP and IPTC of a JPEG; every ancillary
 * chunk of a PNG); photos are rows of the district that owns the matter (row-level security like every
 * tenant row), read by the district's staff and by the resident holding the matter's tracking code.
 */
package com.streetgov.photo;
