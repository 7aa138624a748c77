/**
 * Spreadsheet import and export on screens: the preview → confirm → background write with progress
 * flow shared by the duty list and the enforcement catalog. All-or-nothing is the service's job; this
 * package only shows what the file holds and what went wrong, row and column named.
 */
package com.streetgov.ui.sheet;
