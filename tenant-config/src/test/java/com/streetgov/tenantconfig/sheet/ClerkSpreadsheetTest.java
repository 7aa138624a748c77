package com.streetgov.tenantconfig.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.DutyRole;
import com.streetgov.duty.domain.Movement;
import com.streetgov.enforcement.domain.EnforcementPower;
import com.streetgov.enforcement.domain.HandoverMode;
import com.streetgov.enforcement.domain.PowerDomain;
import com.streetgov.enforcement.domain.PowerType;
import com.streetgov.tenantconfig.duty.DutySheet;
import com.streetgov.tenantconfig.enforcement.EnforcementSheet;
import com.streetgov.tenantconfig.sheet.ClerkWorkbook.Dated;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/**
 * Spreadsheets as clerks make them, written by a second library (fastexcel, not Apache POI and not this
 * project's export): a title row above the header, an extra 序号 column, a hidden column, real date cells
 * in the formats Excel, WPS and LibreOffice give a typed date, text dates in the common forms, numbers
 * typed as numbers, cells padded with spaces (also the full-width one) and empty rows after the data.
 * Both imports must read them to the right values.
 */
class ClerkSpreadsheetTest {

    /** Excel's short date in a US locale ("1/1/24", the format the refusal quoted). */
    private static final String EXCEL_SHORT_DATE = "m/d/yy";
    /**
     * WPS and Excel in a Chinese locale (unquoted: fastexcel writes a format's quotes unescaped into the
     * styles XML, which no reader accepts).
     */
    private static final String CHINESE_DATE = "yyyy年m月d日";
    /** LibreOffice's ISO date. */
    private static final String ISO_DATE = "yyyy-mm-dd";

    @Test
    void a_duty_list_made_by_another_tool_imports_with_the_right_values() throws Exception {
        byte[] xlsx = write(ws -> {
            String[] headers = {
                "序号", " 编码", "事项名称 ", "领域", "层级", "街道角色", "牵头单位", "配合单位", "法律依据", "来源部门", "生效日期", "失效日期", "关键词", "生成",
                "变动", "变动日期", "内部备注"
            };
            ws.value(0, 0, "西城区街道职责清单（2024年版）");
            ws.range(0, 0, 0, headers.length - 1).merge();
            row(ws, 1, (Object[]) headers);
            ws.hideColumn(16);
            ws.hideColumn(8);

            row(
                    ws,
                    2,
                    1,
                    101,
                    "  临时救助审批 ",
                    "民生保障",
                    "街道",
                    "主责",
                    " minsheng ",
                    "shequ、 diqu",
                    "《社会救助暂行办法》第四十七条",
                    "区民政局",
                    dated(2024, 1, 1, EXCEL_SHORT_DATE),
                    "2025/1/1",
                    "临时救助、救急难",
                    "否",
                    "下沉",
                    "2024年3月1日",
                    "旧编码 A-7");
            row(
                    ws,
                    3,
                    2,
                    "XC-002",
                    "\u3000老旧小区综合整治\u3000",
                    "城市管理",
                    "街道",
                    "协调",
                    "chengshi",
                    null,
                    null,
                    "区住房城乡建设委",
                    dated(2023, 7, 15, CHINESE_DATE),
                    dated(2026, 12, 31, ISO_DATE),
                    "老旧小区",
                    "否");
            row(
                    ws,
                    4,
                    3,
                    20240001,
                    "社区养老驿站运营指导",
                    "民生保障",
                    "社区服务中心",
                    "配合",
                    "minsheng",
                    null,
                    null,
                    "区民政局",
                    " 2024-01-01 ",
                    null,
                    null,
                    "否");

            // What a clerk leaves below the data: blank strings, spaces, a styled but empty row.
            ws.value(5, 1, "");
            ws.value(6, 2, "   ");
            ws.value(7, 3, "\u3000");
            ws.style(8, 1).fillColor("FFFF00").set();
            ws.style(9, 5).fillColor("FFFF00").set();
        });

        assertEquals(
                List.of(
                        new DutyItem(
                                "101",
                                "临时救助审批",
                                "民生保障",
                                DutyLevel.STREET,
                                DutyRole.LEAD,
                                List.of("minsheng"),
                                List.of("shequ", "diqu"),
                                "《社会救助暂行办法》第四十七条",
                                "区民政局",
                                LocalDate.of(2024, 1, 1),
                                LocalDate.of(2025, 1, 1),
                                List.of("临时救助", "救急难"),
                                false,
                                Movement.MOVED_DOWN,
                                LocalDate.of(2024, 3, 1)),
                        new DutyItem(
                                "XC-002",
                                "老旧小区综合整治",
                                "城市管理",
                                DutyLevel.STREET,
                                DutyRole.COORDINATE,
                                List.of("chengshi"),
                                List.of(),
                                null,
                                "区住房城乡建设委",
                                LocalDate.of(2023, 7, 15),
                                LocalDate.of(2026, 12, 31),
                                List.of("老旧小区"),
                                false,
                                null,
                                null),
                        new DutyItem(
                                "20240001",
                                "社区养老驿站运营指导",
                                "民生保障",
                                DutyLevel.SERVICE_CENTRE,
                                DutyRole.ASSIST,
                                List.of("minsheng"),
                                List.of(),
                                null,
                                "区民政局",
                                LocalDate.of(2024, 1, 1),
                                null,
                                List.of(),
                                false,
                                null,
                                null)),
                DutySheet.read(xlsx));
    }

    @Test
    void an_enforcement_catalog_made_by_another_tool_imports_with_the_right_values() throws Exception {
        byte[] xlsx = write(ws -> {
            ws.value(0, 0, "街道综合执法职权目录");
            ws.value(1, 0, "（2020年7月1日起施行）");
            // Columns in the clerk's own order, a 序号 column in front, 区级保留 hidden.
            String[] headers = {"序号", "编码", "职权名称", "类型", "领域", "条款", "法律依据", "来源部门", "下放方式", "生效日期", "生成", "区级保留"};
            row(ws, 2, (Object[]) headers);
            ws.hideColumn(11);

            row(
                    ws,
                    3,
                    1,
                    " CG-CF-0001 ",
                    "对擅自占用城市道路行为的处罚",
                    "行政处罚",
                    "城市管理",
                    27,
                    "《城市道路管理条例》",
                    "区城市管理委",
                    "交由",
                    dated(2020, 7, 1, EXCEL_SHORT_DATE),
                    "否",
                    "  重大案件由区级办理 ");
            row(
                    ws,
                    4,
                    2,
                    "SW-JC-0002",
                    "对河道管理范围内建设活动的检查",
                    "行政检查",
                    "水务",
                    "第二十条",
                    null,
                    "区水务局",
                    "委托",
                    dated(2020, 7, 1, CHINESE_DATE),
                    "否");
            row(ws, 5, 3, "CG-QZ-0003", "暂扣违法摆摊设点的工具和物品", "行政强制", "城市管理", 12.5, null, "区城市管理委", "授权", "2020年7月1日", "是");
            row(ws, 6, 4, "CG-JC-0004", "对户外广告设施设置的检查", "行政检查", "城市管理", null, null, "区城市管理委", "交由", "2020/7/1", "否");

            ws.value(8, 2, " ");
            ws.style(9, 0).fillColor("FFFF00").set();
        });

        LocalDate july = LocalDate.of(2020, 7, 1);
        assertEquals(
                List.of(
                        new EnforcementPower(
                                "CG-CF-0001",
                                "对擅自占用城市道路行为的处罚",
                                PowerType.PENALTY,
                                PowerDomain.CITY_MANAGEMENT,
                                "《城市道路管理条例》",
                                "27",
                                "区城市管理委",
                                HandoverMode.HANDED_OVER,
                                "重大案件由区级办理",
                                july,
                                false),
                        new EnforcementPower(
                                "SW-JC-0002",
                                "对河道管理范围内建设活动的检查",
                                PowerType.INSPECTION,
                                PowerDomain.WATER,
                                null,
                                "第二十条",
                                "区水务局",
                                HandoverMode.ENTRUSTED,
                                null,
                                july,
                                false),
                        new EnforcementPower(
                                "CG-QZ-0003",
                                "暂扣违法摆摊设点的工具和物品",
                                PowerType.COERCIVE_MEASURE,
                                PowerDomain.CITY_MANAGEMENT,
                                null,
                                "12.5",
                                "区城市管理委",
                                HandoverMode.AUTHORISED,
                                null,
                                july,
                                true),
                        new EnforcementPower(
                                "CG-JC-0004",
                                "对户外广告设施设置的检查",
                                PowerType.INSPECTION,
                                PowerDomain.CITY_MANAGEMENT,
                                null,
                                null,
                                "区城市管理委",
                                HandoverMode.HANDED_OVER,
                                null,
                                july,
                                false)),
                EnforcementSheet.read(xlsx));
    }

    @Test
    void text_dates_in_the_common_forms_read_alike_and_an_impossible_one_is_named() {
        for (String text : List.of("2024-01-01", "2024/1/1", "2024/01/01", "2024年1月1日", " 2024-1-1 ")) {
            assertEquals(LocalDate.of(2024, 1, 1), CellValues.date(text), text);
        }
        for (String text : List.of("2024/13/01", "2024年2月30日", "1/1/24", "明年")) {
            assertEquals(null, CellValues.date(text), text);
        }
    }

    private interface Sheet {
        void fill(Worksheet ws) throws IOException;
    }

    private static Dated dated(int year, int month, int day, String format) {
        return new Dated(LocalDate.of(year, month, day), format);
    }

    private static void row(Worksheet ws, int row, Object... values) {
        ClerkWorkbook.row(ws, row, values);
    }

    private static byte[] write(Sheet sheet) throws IOException {
        return ClerkWorkbook.write(book -> sheet.fill(book.newWorksheet("Sheet1")));
    }
}
