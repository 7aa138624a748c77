package com.streetgov.platform;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink session settings that persistence.xml cannot express ({@code eclipselink.session.customizer}).
 *
 * <p>Database outages (DD019): by default EclipseLink retries a query or transaction that failed on a
 * broken connection three times, 5 s apart, so a request held its thread for 15 s and more while
 * PostgreSQL was down. The container's pool already validates connections and replaces dead ones, so
 * one quick retry is enough to ride over a restart; beyond that the request fails at once (503) and the
 * client retries.
 */
public class SessionCustomizer implements org.eclipse.persistence.config.SessionCustomizer {

    static final int QUERY_RETRIES = 1;
    static final int RETRY_DELAY_MS = 500;

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(QUERY_RETRIES);
            login.setDelayBetweenConnectionAttempts(RETRY_DELAY_MS);
        }
    }
}
