package com.streetgov.ui.reform;

import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.Unit;
import com.streetgov.reform.domain.UnitKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a version's layout as an SVG organisation chart: the street's leadership on top, then one row
 * per unit kind (委, 部/办, 队, 中心), every unit a box linked to the top. Written by hand because the
 * chart is a handful of boxes and lines; a charting library would have to be loaded at run time (the
 * Vaadin production bundle takes no extra npm packages).
 */
final class OrgChart {

    private static final int BOX_W = 132;
    private static final int BOX_H = 44;
    private static final int GAP = 12;
    private static final int ROW_GAP = 46;
    private static final int TOP = 20;
    private static final List<List<UnitKind>> ROWS = List.of(
            List.of(UnitKind.COMMISSION),
            List.of(UnitKind.DEPARTMENT, UnitKind.OFFICE),
            List.of(UnitKind.TEAM),
            List.of(UnitKind.CENTER));

    private OrgChart() {}

    static String svg(ReformModel model, ModelVersion version, String rootLabel) {
        List<List<Unit>> rows = new ArrayList<>();
        for (List<UnitKind> kinds : ROWS) {
            List<Unit> row = version.units().stream()
                    .filter(u -> kinds.contains(u.kind()))
                    .toList();
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        int widest = rows.stream().mapToInt(List::size).max().orElse(1);
        int width = Math.max(widest * (BOX_W + GAP) + GAP, BOX_W * 2 + 2 * GAP);
        int height = TOP + BOX_H + rows.size() * (BOX_H + ROW_GAP) + 20;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' id='org-chart' role='img' width='")
                .append(width)
                .append("' height='")
                .append(height)
                .append("' viewBox='0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("' font-family='Noto Sans CJK SC, sans-serif' font-size='13'>");
        int rootX = (width - BOX_W * 2) / 2;
        box(svg, rootX, TOP, BOX_W * 2, rootLabel, "#1a4d8f", "#ffffff");
        int rootBottom = TOP + BOX_H;
        int busY = rootBottom + ROW_GAP / 2;
        line(svg, width / 2, rootBottom, width / 2, busY);
        int y = rootBottom + ROW_GAP;
        for (List<Unit> row : rows) {
            int rowWidth = row.size() * (BOX_W + GAP) - GAP;
            int x = (width - rowWidth) / 2;
            line(svg, x + BOX_W / 2, y - ROW_GAP / 2, x + rowWidth - BOX_W / 2, y - ROW_GAP / 2);
            line(svg, width / 2, busY, width / 2, y - ROW_GAP / 2);
            for (Unit unit : row) {
                line(svg, x + BOX_W / 2, y - ROW_GAP / 2, x + BOX_W / 2, y);
                String fill = unit.publicInstitution() ? "#e8f3ec" : "#eef3fb";
                box(svg, x, y, BOX_W, unit.name() + (unit.tbc() ? "？" : ""), fill, "#1b2733");
                x += BOX_W + GAP;
            }
            busY = y - ROW_GAP / 2;
            y += BOX_H + ROW_GAP;
        }
        return svg.append("</svg>").toString();
    }

    private static void box(StringBuilder svg, int x, int y, int w, String label, String fill, String ink) {
        svg.append("<rect x='")
                .append(x)
                .append("' y='")
                .append(y)
                .append("' width='")
                .append(w)
                .append("' height='")
                .append(BOX_H)
                .append("' rx='6' fill='")
                .append(fill)
                .append("' stroke='#4a6a8f'/>");
        int fits = (w - 8) / 13;
        String text = label.length() > fits ? label.substring(0, fits - 1) + "…" : label;
        svg.append("<text x='")
                .append(x + w / 2)
                .append("' y='")
                .append(y + BOX_H / 2 + 5)
                .append("' text-anchor='middle' fill='")
                .append(ink)
                .append("'><title>")
                .append(escape(label))
                .append("</title>")
                .append(escape(text))
                .append("</text>");
    }

    private static void line(StringBuilder svg, int x1, int y1, int x2, int y2) {
        svg.append("<line x1='")
                .append(x1)
                .append("' y1='")
                .append(y1)
                .append("' x2='")
                .append(x2)
                .append("' y2='")
                .append(y2)
                .append("' stroke='#4a6a8f'/>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
    }
}
