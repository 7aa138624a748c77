package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.tenantconfig.evaluation.IndicatorFile;
import com.streetgov.tenantconfig.evaluation.IndicatorSheet;
import com.streetgov.tenantconfig.evaluation.TemplateIndicators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A district edits its indicator system in a spreadsheet (issue 14): Chenghua's admin downloads the
 * version in force (the minimal template) as .xlsx and JSON, raises a weight in Excel's place (Apache
 * POI) so that 三率 adds up to 110 — the import's preview names the parent and the sum and saving is
 * refused —, then lowers it again and adds an item: the preview lists the item added and the one
 * changed, the version name taken from the file is refused at its field, and under a new name and a
 * later date the file is saved as a new version, listed among the versions while the one in force
 * stays in force until that date.
 *
 * <p>The e2e stack is shared: only this class uses Chenghua's evaluation.
 */
class EvaluationImportIT extends BrowserTest {

    static final String ADMIN = "chenghua-admin";

    EvaluationImportIT(RunningStack stack) {
        super(stack);
    }

    @Test
    void a_workbook_changed_in_excel_is_previewed_refused_corrected_and_saved_as_a_later_version() throws Exception {
        Page page = openAs(ADMIN, "/evaluation");
        Locator summary = page.locator("#eval-summary");
        summary.waitFor();
        String inForce = summary.innerText();
        assertTrue(inForce.startsWith("基础评估指标体系（版本模板，自2024-01-01起）"), inForce);

        byte[] xlsx = Files.readAllBytes(
                download(page, () -> page.locator("#eval-download-xlsx").click())
                        .path());
        String json = Files.readString(
                download(page, () -> page.locator("#eval-download-json").click())
                        .path());
        EvaluationModel saved = IndicatorFile.read(json);
        assertEquals(saved, IndicatorSheet.read(xlsx), "both files carry the same version");
        assertEquals(
                TemplateIndicators.load("minimal").system().categories(),
                saved.system().categories());

        // 响应率 raised from 30 to 40: 三率 now adds up to 110.
        Path unbalanced = upload("chenghua-unbalanced.xlsx", edit(xlsx, book -> weight(book, "S1", 40)));
        page.locator("#eval-import").click();
        page.locator("#eval-import-upload input[type=file]").setInputFiles(unbalanced);
        Locator findings = page.locator("#eval-import-findings");
        findings.getByText("“三率”下各项权重合计为110，应为100").waitFor();
        assertEquals(
                "文件共6项指标（含类别和层级）。与现行版本相比：新增0项，修改1项，删除0项；题目新增0道，修改0道，删除0道。",
                page.locator("#eval-import-summary").innerText());
        assertEquals("修改：S1 响应率", page.locator("#eval-import-changes").innerText());
        assertTrue(findings.innerText().contains("错误 S “三率”下各项权重合计为110，应为100"), findings.innerText());
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        // The page scrolls inside the layout: photograph the import itself, the preview in view.
        page.locator("#eval-import")
                .screenshot(new Locator.ScreenshotOptions().setPath(shots.resolve("evaluation-import-preview.png")));

        LocalDate later = LocalDate.now().plusDays(30);
        page.locator("#eval-import-version input").fill("2027版");
        DutyIT.date(page, "#eval-import-date", later);
        page.locator("#eval-import-reason textarea").fill("按区考核办法调整三率权重");
        page.locator("#eval-import-save").click();
        Locator refusal = page.locator("#eval-import-refusal");
        page.waitForCondition(() -> !refusal.innerText().isEmpty());
        assertEquals("指标体系有1处错误，如：“三率”下各项权重合计为110，应为100", refusal.innerText());
        assertEquals(1, GridRows.of(page, "#eval-versions").size(), "nothing saved");

        // Corrected: 响应率 20, and 吹哨按时报到率 added under 三率 with 10.
        Path corrected = upload("chenghua-2027.xlsx", edit(xlsx, book -> {
            weight(book, "S1", 20);
            Sheet sheet = book.getSheet("指标");
            Row added = sheet.createRow(sheet.getLastRowNum() + 1);
            String[] cells = {"S4", "S", "吹哨按时报到率", null, "街道", "系统数据", "吹哨按时报到率"};
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null) {
                    added.createCell(c).setCellValue(cells[c]);
                }
            }
            added.createCell(3).setCellValue(10);
        }));
        page.locator("#eval-import-upload input[type=file]").setInputFiles(corrected);
        page.waitForCondition(
                () -> page.locator("#eval-import-summary").innerText().startsWith("文件共7项"));
        assertEquals(
                "新增：S4 吹哨按时报到率\n修改：S1 响应率", page.locator("#eval-import-changes").innerText());
        assertEquals("校验通过，没有需要改正之处。", findings.innerText());

        // The file's own version name is taken: refused at the field.
        assertEquals("模板", page.locator("#eval-import-version input").inputValue());
        page.locator("#eval-import-reason textarea").fill("按区考核办法调整三率权重，增加吹哨报到");
        DutyIT.date(page, "#eval-import-date", later);
        page.locator("#eval-import-save").click();
        page.waitForCondition(() -> refusal.innerText().contains("已存在"));
        assertEquals("版本“模板”已存在，请另起版本名", page.locator("#eval-import-version").evaluate("f => f.errorMessage"));

        page.locator("#eval-import-version input").fill("2027版");
        page.locator("#eval-import-save").click();
        page.waitForCondition(() -> GridRows.of(page, "#eval-versions").size() == 2);
        List<String> version = GridRows.of(page, "#eval-versions").stream()
                .filter(r -> r.get(0).equals("2027版"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("2027版", later.toString(), ADMIN, "按区考核办法调整三率权重，增加吹哨报到"), version);
        assertEquals(inForce, page.locator("#eval-summary").innerText(), "the version in force until " + later);
    }

    /** The 权重 of node {@code code} on sheet 指标, as a number typed into the cell. */
    private static void weight(XSSFWorkbook book, String code, double weight) {
        Sheet sheet = book.getSheet("指标");
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && code.equals(first.getStringCellValue())) {
                row.getCell(3).setCellValue(weight);
                return;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static byte[] edit(byte[] xlsx, Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }
}
