/**
 * Sentences for people, kept language-neutral until someone reads them: a {@link
 * com.streetgov.text.Text} is a message key with arguments (plain strings or further texts), rendered
 * in the reader's language from this package's bundles (zh-CN, zh-TW, en; DD034). Refusals ({@link
 * com.streetgov.text.RefusedException}), validator findings, routing reasons and the generated parts of
 * a matter's history carry texts, so a clerk reading in English sees English and what is stored renders
 * in whichever language the next reader uses.
 *
 * <p>Invariants: every key exists in all three bundles with the same arguments (a test checks);
 * free text typed by a person is carried as {@link com.streetgov.text.Text#literal(String)} and shown
 * as typed in every language. This package depends on no feature.
 */
package com.streetgov.text;
