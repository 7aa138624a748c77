/**
 * Communities below the streets, their grids (Chenghua: at least 300 households each) with grid
 * workers, and community commissioners (Dongcheng: 26 in the pilot, 159 after roll-out). Intake uses
 * them to find the street a matter belongs to.
 */
package com.streetgov.community;
