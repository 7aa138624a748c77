/**
 * The residents' own pages (issue 13, DD031): server-rendered HTML at {@code /r/<district>}, no login,
 * mobile first, zh-CN by default with zh-TW and en. They only call the core's residents' window as the
 * district's resident channel; nothing here decides anything.
 */
package com.streetgov.ui.resident;
