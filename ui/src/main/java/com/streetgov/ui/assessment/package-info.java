/**
 * Assessment screens: the request to exclude a matter from assessment (on the matter page) and the
 * district admin's approval of those requests. Rules live in core's assessment feature.
 */
package com.streetgov.ui.assessment;
