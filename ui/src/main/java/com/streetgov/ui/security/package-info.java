/**
 * The security edge. Login is OpenID Connect against Keycloak through Payara's OpenID connector (one
 * HttpAuthenticationMechanism for the WAR: browser sessions by the code flow, REST calls by Keycloak
 * bearer tokens). {@link com.streetgov.ui.security.TenantFilter} is the one place that turns the
 * verified token into the {@link com.streetgov.ui.security.CurrentUser} and sets the request's
 * district; it clears both when the request ends.
 */
package com.streetgov.ui.security;
