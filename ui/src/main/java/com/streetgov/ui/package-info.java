/**
 * The WAR: Vaadin views (one package per feature), the REST API ({@code api}), the security edge
 * ({@code security}) and platform start-up and health ({@code platform}). Depends on tenant-config and
 * core; nothing depends on it.
 */
package com.streetgov.ui;
