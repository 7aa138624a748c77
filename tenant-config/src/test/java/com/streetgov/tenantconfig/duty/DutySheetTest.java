package com.streetgov.tenantconfig.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyItemBuilder;
import com.streetgov.tenantconfig.sheet.CellError;
import com.streetgov.tenantconfig.sheet.SheetException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** .xlsx round trip of 1,000 duties, and a file with bad rows rejected whole with each row and column named. */
class DutySheetTest {

    static final List<String> AREAS = List.of("党的建设", "城市管理", "社会治理", "民生保障", "社区建设", "平安建设", "综合保障");
    static final List<String> UNITS = List.of("zonghe", "dangqun", "pingan", "chengshi", "shequ", "minsheng", "diqu");

    static List<DutyItem> thousand() {
        List<DutyItem> items = new ArrayList<>();
        items.add(DutyItemBuilder.item("XC-001", "最低生活保障审核")
                .lead("minsheng")
                .assist("shequ", "diqu")
                .legalBasis("《社会救助暂行办法》第十一条")
                .origin("区民政局")
                .active(LocalDate.of(2019, 1, 1), LocalDate.of(2023, 1, 1))
                .keywords("低保", "救助")
                .build());
        items.addAll(DutyGenerator.generate("XC", 999, AREAS, UNITS, 42, LocalDate.of(2019, 1, 1)));
        return items;
    }

    @Test
    void a_thousand_duties_survive_export_and_import() throws Exception {
        List<DutyItem> items = thousand();
        assertEquals(items, DutySheet.read(DutySheet.write(items)));
    }

    @Test
    void a_file_with_bad_rows_is_rejected_whole_naming_each_row_and_column() throws Exception {
        byte[] good = DutySheet.write(thousand().subList(0, 20));
        Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(good));
        Sheet sheet = workbook.getSheetAt(0);
        sheet.getRow(4).getCell(4).setCellValue("牵头");
        sheet.getRow(8).getCell(9).setCellValue("2019/13/01");
        sheet.getRow(11).getCell(1).setBlank();
        sheet.getRow(15).getCell(0).setCellValue("XC-001");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();

        SheetException e = assertThrows(SheetException.class, () -> DutySheet.read(out.toByteArray()));
        assertEquals(
                List.of(
                        "第5行“街道角色”列：“牵头”不是有效的取值（允许：主责、协调、未分类、配合）",
                        "第9行“生效日期”列：日期“2019/13/01”应写作 YYYY-MM-DD",
                        "第12行“事项名称”列：不能为空",
                        "第16行“编码”列：编码“XC-001”重复"),
                e.errors().stream().map(CellError::toString).toList());
        assertEquals(
                List.of(
                        "Row 5, column “街道角色”: “牵头” is not a valid value (allowed: 主责、协调、未分类、配合)",
                        "Row 9, column “生效日期”: Date “2019/13/01” should be written YYYY-MM-DD",
                        "Row 12, column “事项名称”: must not be empty",
                        "Row 16, column “编码”: Code “XC-001” is repeated"),
                e.errors().stream().map(c -> c.text().render(Locale.ENGLISH)).toList(),
                "the sheet's own words stay as written; the sentence is the reader's");
        assertEquals(
                "第9列「生效日期」欄：日期「2019/13/01」應寫作 YYYY-MM-DD",
                e.errors().get(1).text().render(Locale.TRADITIONAL_CHINESE));
    }

    @Test
    void a_sheet_with_other_headers_is_refused_before_any_row_is_read() {
        byte[] notADutyList = DutySheet.write(List.of());
        byte[] renamed;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(notADutyList));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getSheetAt(0).getRow(0).getCell(1).setCellValue("名称");
            workbook.write(out);
            renamed = out.toByteArray();
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        SheetException e = assertThrows(SheetException.class, () -> DutySheet.read(renamed));
        assertEquals("第1行“事项名称”列：表头应为“事项名称”，实为“名称”", e.errors().get(0).toString());
        SheetException unreadable =
                assertThrows(SheetException.class, () -> DutySheet.read("not a spreadsheet".getBytes()));
        assertEquals("第1行“文件”列：不是可读取的 .xlsx 文件", unreadable.errors().get(0).toString());
        assertEquals(
                "Row 1, column “file”: not a readable .xlsx file",
                unreadable.errors().get(0).text().render(Locale.ENGLISH));
    }
}
