package com.streetgov.onboarding.application;

import com.streetgov.text.Text;
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

    /**
     * Refused by the directory (e.g. the alias or username is taken), or the directory could not be
     * reached: why, as a text ({@link #getMessage()} is it in the default language, for logs).
     */
    class DirectoryException extends RuntimeException {
        private final transient Text text;

        public DirectoryException(Text text) {
            super(text.inDefaultLanguage());
            this.text = text;
        }

        public DirectoryException(Text text, Throwable cause) {
            super(text.inDefaultLanguage(), cause);
            this.text = text;
        }

        public Text text() {
            return text;
        }
    }

    Created createDistrict(String alias, String name, String adcode, List<String> streets, DistrictAdmin admin);

    void remove(Created created);
}
