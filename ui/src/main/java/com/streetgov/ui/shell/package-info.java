/**
 * The application shell: the main layout (district, user, role, navigation by role), the start page,
 * the language choice (zh-CN by default, zh-TW, en through Vaadin's i18n) and the server-side access
 * control that refuses a view the user's role or district may not open.
 */
package com.streetgov.ui.shell;
