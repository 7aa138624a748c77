/**
 * Charts drawn by Apache ECharts (its npm package, carried by the WAR) in a small custom element,
 * {@code <echarts-chart>} ({@code src/main/webapp/chart/echarts-chart.js}): {@link
 * com.streetgov.ui.chart.EChart} sets the option as JSON and hears clicks; {@link
 * com.streetgov.ui.chart.ChartOptions} builds the bar and line options the screens use with Jakarta
 * JSON-P. Nothing here knows a feature: screens pass labels, series and what a click means.
 */
package com.streetgov.ui.chart;
