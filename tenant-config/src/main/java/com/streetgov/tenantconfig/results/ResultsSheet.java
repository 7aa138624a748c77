package com.streetgov.tenantconfig.results;

import com.streetgov.assessment.domain.CountedMatter;
import com.streetgov.tenantconfig.sheet.SheetIO;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** A figure's drill-down as .xlsx: one row per matter, exactly the rows the screen lists, Chinese headers. */
public final class ResultsSheet {

    public static final String[] HEADERS = {
        "诉求编号", "标题", "街道", "主办单位", "职责领域", "类别", "受理时间", "回访方式", "是否联系上", "未联系上原因", "是否联系诉求人", "是否解决", "满意度", "回访时间",
        "不计入考核情形", "不计入申请状态", "不计入理由", "是否计入考核"
    };

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("STAFF", "电话回访"),
            Map.entry("RESIDENT", "群众自评"),
            Map.entry("UNREACHABLE", "无法联系"),
            Map.entry("REFUSED", "拒绝回访"),
            Map.entry("SATISFIED", "满意"),
            Map.entry("BASICALLY_SATISFIED", "基本满意"),
            Map.entry("NOT_SATISFIED", "不满意"),
            Map.entry("REQUESTED", "待审批"),
            Map.entry("APPROVED", "已批准"),
            Map.entry("REFUSED_EXCLUSION", "未批准"));

    private ResultsSheet() {}

    public static byte[] drillDown(List<CountedMatter> rows) {
        return SheetIO.write("考核明细", HEADERS, rows, m -> new String[] {
            m.number(),
            m.title(),
            m.streetName() == null ? m.street() : m.streetName(),
            m.unitName() == null ? m.leadUnit() : m.unitName(),
            m.area(),
            m.category(),
            m.receivedAt() == null ? "" : m.receivedAt().format(TIME),
            label(m.visitChannel()),
            m.reached() ? "是" : "否",
            label(m.unreached()),
            yesNo(m.contacted()),
            yesNo(m.resolved()),
            label(m.satisfaction()),
            m.visitedAt() == null ? "" : m.visitedAt().format(TIME),
            m.exclusionKind(),
            "REFUSED".equals(m.exclusionState()) ? LABELS.get("REFUSED_EXCLUSION") : label(m.exclusionState()),
            m.exclusionReason(),
            m.counted() ? "计入" : "不计入"
        });
    }

    private static String label(String code) {
        return code == null ? "" : LABELS.getOrDefault(code, code);
    }

    private static String yesNo(Boolean value) {
        return value == null ? "" : value ? "是" : "否";
    }
}
