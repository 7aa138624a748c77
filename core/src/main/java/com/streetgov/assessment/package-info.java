/**
 * Assessment (接诉即办 results, DD024): the district's assessment rules as versioned data, matters
 * taken out of assessment with the district admin's approval, and the figures every street and unit
 * is judged by — 响应率, 解决率, 满意率 and their composite per period, rankings, trends, the pre-reform
 * baseline, 吹哨报到 double assessment, hotspots and the monthly theme.
 *
 * <p>Invariants: no figure is stored; each is computed from return visits and matters under the rules
 * in force for its period, and every figure can be listed as exactly the matters behind it (the
 * count shown equals the rows listed). A street or unit below the rules' minimum of valid visits is
 * shown but not ranked; ties are broken by volume. Figures never cross districts.
 */
package com.streetgov.assessment;
