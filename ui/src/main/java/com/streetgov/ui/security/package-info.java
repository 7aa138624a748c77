/**
 * The security edge. {@link com.streetgov.ui.security.EdgeAuthenticationMechanism} is the WAR's one
 * HttpAuthenticationMechanism: every bearer token (API or UI path) is verified by {@link
 * com.streetgov.ui.security.BearerTokenVerifier} (Nimbus JOSE+JWT against the Keycloak realm's JWKS,
 * DD018) and logs the caller in for that request only; browser sessions log in by the code flow through
 * Payara's OpenID connector, which never sees a bearer header. {@link
 * com.streetgov.ui.security.TenantFilter} is the one place that turns the verified token into the
 * {@link com.streetgov.ui.security.CurrentUser} and sets the request's district; it clears both when
 * the request ends. {@link com.streetgov.ui.security.SecurityHeaders} puts the security headers on
 * every response.
 */
package com.streetgov.ui.security;
