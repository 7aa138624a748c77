package com.streetgov.ui.api;

import com.streetgov.ui.security.CurrentUser;
import com.streetgov.ui.security.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who the token says the caller is. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The caller as the API shows them. */
    public record Me(String username, String displayName, List<String> roles, String district, String street) {}

    @Inject
    CurrentUser currentUser;

    @GET
    public Me me() {
        SignedInUser user = currentUser.get().orElseThrow();
        return new Me(
                user.username(),
                user.displayName(),
                user.roles().stream().sorted().toList(),
                user.district().map(Object::toString).orElse(null),
                user.street().orElse(null));
    }
}
