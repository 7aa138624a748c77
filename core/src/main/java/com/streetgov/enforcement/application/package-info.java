/** Application services of the enforcement catalog: reading, importing, teams and their coverage. */
package com.streetgov.enforcement.application;
