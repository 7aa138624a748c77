package com.streetgov.ui.security;

import fish.payara.security.openid.api.OpenIdContext;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Ends the session here and at Keycloak (RP-initiated logout), then returns to the start page. */
@WebServlet(urlPatterns = "/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    OpenIdContext openIdContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        openIdContext.logout(request, response);
    }
}
