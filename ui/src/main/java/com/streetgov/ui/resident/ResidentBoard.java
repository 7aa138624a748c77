package com.streetgov.ui.resident;

import com.streetgov.assessment.application.ResultsService;
import com.streetgov.assessment.domain.Ranking;
import com.streetgov.assessment.domain.Rates;
import com.streetgov.organisation.application.DistrictSummary;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public results board of a district (issue 13 item 5): for the latest complete period (or the
 * running one, {@code ?period=running}) the district's 响应率 / 解决率 / 满意率 and composite, and every
 * street's, ranked as the district's rules rank them — as Beijing publishes them; counts and rates only.
 */
final class ResidentBoard {

    private ResidentBoard() {}

    static void show(
            ResultsService results, DistrictSummary district, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean running = "running".equals(request.getParameter("period"));
        ResultsService.Board board = results.board(results.boardPeriod(running));
        Map<String, Object> scope = new HashMap<>();
        scope.put("districtName", district.name());
        scope.put("districtId", district.id());
        scope.put("running", running);
        scope.put("from", board.period().start().toString());
        scope.put("to", board.period().end().minusDays(1).toString());
        scope.put("district", row(null, board.district()));
        scope.put(
                "streets", board.streets().stream().map(r -> row(r, r.rates())).toList());
        scope.put("hasStreets", !board.streets().isEmpty());
        ResidentPages.render(request, response, 200, "board", scope);
    }

    private static Map<String, Object> row(Ranking.Row row, Rates rates) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (row != null) {
            m.put("key", row.key());
            m.put("name", row.name());
            m.put("rank", row.rank() == null ? "—" : String.valueOf(row.rank()));
        }
        m.put("visits", String.valueOf(rates.counts().valid()));
        m.put("response", percent(rates, rates.response()));
        m.put("resolution", percent(rates, rates.resolution()));
        m.put("satisfaction", percent(rates, rates.satisfaction()));
        m.put("composite", percent(rates, rates.composite()));
        return m;
    }

    private static String percent(Rates rates, java.math.BigDecimal rate) {
        String p = Rates.percent(rate);
        return rates.denominator() == 0 || p.equals("—") ? "—" : p + "%";
    }
}
