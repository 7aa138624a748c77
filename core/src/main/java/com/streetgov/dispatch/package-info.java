/**
 * The dispatch catalog (派单目录, issue 11): a district's list of the matter types residents report,
 * each with names, synonyms and example sentences, mapped to where it is handled — a street duty item
 * (whose lead unit in the layout in force takes it), a district department (区直部门) or the community.
 * The district's departments are part of it. Routing matches a resident's words against it; it is
 * data per district, installed from a template and replaced as a whole.
 */
package com.streetgov.dispatch;
