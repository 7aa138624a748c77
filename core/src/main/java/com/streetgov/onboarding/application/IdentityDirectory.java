package com.streetgov.onboarding.application;

import java.util.List;

/**
 * Where districts' users live (Keycloak). Creating a district there is not transactional: a caller
 * whose later steps fail removes what was created with {@link #remove(Created)}.
 */
public interface IdentityDirectory {

    /** The first administrator of a new district. */
    record DistrictAdmin(String username, String familyName, String givenName, String password) {}

    /** What was created, for compensation. */
    record Created(String organizationId, String adminUserId) {}

    /** Refused by the directory (e.g. the alias or username is taken); the message is Chinese. */
    class DirectoryException extends RuntimeException {
        public DirectoryException(String message) {
            super(message);
        }

        public DirectoryException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Created createDistrict(String alias, String name, String adcode, List<String> streets, DistrictAdmin admin);

    void remove(Created created);
}
