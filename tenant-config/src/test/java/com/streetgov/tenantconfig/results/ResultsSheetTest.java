package com.streetgov.tenantconfig.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.streetgov.assessment.domain.CountedMatter;
import com.streetgov.tenantconfig.sheet.SheetIO;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drill-down sheet has the Chinese headers and one row per listed matter, counted or not. */
class ResultsSheetTest {

    static CountedMatter row(String number, boolean reached, String exclusionState, boolean counted) {
        LocalDateTime t = LocalDateTime.of(2026, 10, 20, 9, 30);
        return new CountedMatter(
                number,
                "楼道堆物",
                "s1",
                "西长安街街道",
                "u1",
                "平安建设办",
                "城市管理",
                "未分类",
                t,
                reached ? "STAFF" : "STAFF",
                reached,
                reached ? null : "UNREACHABLE",
                reached ? Boolean.TRUE : null,
                reached ? Boolean.FALSE : null,
                reached ? "BASICALLY_SATISFIED" : null,
                t.plusDays(3),
                exclusionState == null ? null : "重复诉求且无新情况",
                exclusionState,
                exclusionState == null ? null : "同一诉求人一周内第三次",
                counted);
    }

    @Test
    void every_row_is_written_with_its_outcome_in_chinese() throws Exception {
        List<CountedMatter> rows = List.of(
                row("20261020-000001", true, null, true),
                row("20261020-000002", false, null, false),
                row("20261020-000003", true, "APPROVED", false),
                row("20261020-000004", true, "REFUSED", true));
        byte[] xlsx = ResultsSheet.drillDown(rows);
        List<List<String>> read = SheetIO.read(
                xlsx,
                ResultsSheet.HEADERS,
                r -> java.util.Arrays.asList(
                        r.required("诉求编号"),
                        r.optional("街道"),
                        r.optional("是否联系上"),
                        r.optional("满意度"),
                        r.optional("不计入申请状态"),
                        r.optional("是否计入考核")));
        assertEquals(4, read.size());
        assertEquals(List.of("20261020-000001", "西长安街街道", "是", "基本满意", "", "计入"), normalise(read.get(0)));
        assertEquals(List.of("20261020-000002", "西长安街街道", "否", "", "", "不计入"), normalise(read.get(1)));
        assertEquals("已批准", read.get(2).get(4));
        assertEquals("未批准", read.get(3).get(4));
        assertEquals(2, read.stream().filter(r -> "计入".equals(r.get(5))).count());
    }

    private static List<String> normalise(List<String> row) {
        return row.stream().map(v -> v == null ? "" : v).toList();
    }
}
