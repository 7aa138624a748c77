/**
 * 接诉即办 results on screen: the results page ({@code /results}: period, dimension, ranking with the
 * three rates, composite, valid visits and rank or "样本不足", 12-period trend, before/after the
 * reform's baseline), the drill-down ({@code /results/matters}) that lists exactly the matters behind
 * a figure (its header's counts equal the rows listed; excluded and invalid visits apart) and exports
 * the same rows to .xlsx, the rules editor and baseline ({@code /results/rules}), the 吹哨报到 double
 * assessment ({@code /results/whistles}), hotspots ({@code /results/hotspots}) and the month's theme
 * ({@code /results/theme}); the request to
 * exclude a matter from assessment (on the matter page) and the district admin's approval of those
 * requests. Everything shown is computed by the assessment services at the time of asking; nothing
 * here stores a figure.
 */
package com.streetgov.ui.assessment;
