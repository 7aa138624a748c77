/**
 * The enforcement catalog as .xlsx (Chinese headers, all-or-nothing import with row and column named),
 * and the generator that represents Beijing's 2020 delegation to streets at its published size.
 */
package com.streetgov.tenantconfig.enforcement;
