package com.streetgov.tenantconfig.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.dispatch.domain.Department;
import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchTarget;
import com.streetgov.dispatch.domain.DispatchType;
import com.streetgov.tenantconfig.sheet.SheetException;
import com.streetgov.tenantconfig.sheet.SheetIO;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A catalog survives its sheet unchanged; a department named in a sheet for the first time is added. */
class CatalogSheetTest {

    @Test
    void a_templates_catalog_round_trips_through_its_sheet() throws SheetException {
        DispatchCatalog xicheng = TemplateCatalog.load("xicheng");
        DispatchCatalog read = CatalogSheet.read(CatalogSheet.write(xicheng), xicheng);
        assertEquals(xicheng.types(), read.types());
        assertEquals(xicheng.departments(), read.departments());
    }

    @Test
    void a_department_named_first_in_a_sheet_is_added_and_bad_rows_reject_the_file() throws SheetException {
        DispatchCatalog current = new DispatchCatalog(
                List.of(new Department("qu-scjg", "区市场监督管理局", List.of("市场监管局"), "inferred")), List.of());
        byte[] sheet = SheetIO.write("派单目录", CatalogSheet.HEADERS, List.of("a", "b", "c"), row -> switch (row) {
            case "a" ->
                new String[] {"FOOD-A", "过期食品", "FOOD_SAFETY", "过期、变质", "超市卖过期牛奶。\n面包发霉了。", "区直部门", "区市场监督管理局", "推定"};
            case "b" -> new String[] {"WAGE-A", "欠薪", "WAGE_ARREARS", "欠薪、拖欠工资", null, "区直部门", "区人力资源和社会保障局", null};
            default -> new String[] {"RC-A", "居委会换届", "RESIDENTS_COMMITTEE", "换届", null, "社区", null, "来源文件"};
        });
        DispatchCatalog read = CatalogSheet.read(sheet, current);
        assertEquals(2, read.departments().size());
        Department added = read.departments().get(1);
        assertEquals("区人力资源和社会保障局", added.name());
        assertEquals(CatalogSheet.codeOf("区人力资源和社会保障局"), added.code());
        assertEquals(
                DispatchTarget.department("qu-scjg"),
                read.type("FOOD-A").orElseThrow().target());
        assertEquals(
                DispatchTarget.department(added.code()),
                read.type("WAGE-A").orElseThrow().target());
        DispatchType food = read.type("FOOD-A").orElseThrow();
        assertEquals(List.of("超市卖过期牛奶。", "面包发霉了。"), food.examples());
        assertEquals("source", read.type("RC-A").orElseThrow().basis());
        assertEquals(List.of(), read.findings(java.util.Set.of()));

        byte[] bad = SheetIO.write(
                "派单目录",
                CatalogSheet.HEADERS,
                List.of("a", "b"),
                row -> row.equals("a")
                        ? new String[] {"X-1", "甲", null, null, null, "职责事项", null, null}
                        : new String[] {"X-1", "乙", null, null, null, "别处", "Y", null});
        SheetException e = assertThrows(SheetException.class, () -> CatalogSheet.read(bad, current));
        String errors = e.getMessage() + e.errors();
        assertTrue(errors.contains("须填写去向") && errors.contains("编码“X-1”重复") && errors.contains("“别处”不是有效的取值"), errors);
    }
}
