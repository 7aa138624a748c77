/**
 * Duty lists (职责清单): which unit of a street leads, coordinates or assists on each matter, as of a
 * date, and the coverage checks that find gaps and double leads (推诿扯皮). Work in progress for the
 * duty-lists issue: the domain and its checks come first; storage, admission, spreadsheets and screens
 * follow.
 */
package com.streetgov.duty;
