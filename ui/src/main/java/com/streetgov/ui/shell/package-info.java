/**
 * The application shell: the main layout (district, user, role, and the navigation built from the
 * views' {@code @Menu}, filtered by their {@code @RolesAllowed}), the language choice (zh-CN by default,
 * zh-TW, en through Vaadin's i18n) and the server-side access control that refuses a view the user's
 * role or district may not open. The shell depends on no feature package; the features depend on it.
 */
package com.streetgov.ui.shell;
