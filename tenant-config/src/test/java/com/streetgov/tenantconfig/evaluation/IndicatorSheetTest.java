package com.streetgov.tenantconfig.evaluation;

import static com.streetgov.tenantconfig.sheet.ClerkWorkbook.row;
import static com.streetgov.tenantconfig.sheet.ClerkWorkbook.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.Indicator;
import com.streetgov.evaluation.domain.IndicatorSource.Answers;
import com.streetgov.evaluation.domain.IndicatorSource.AssessorScore;
import com.streetgov.evaluation.domain.IndicatorSource.Measure;
import com.streetgov.evaluation.domain.IndicatorSource.SystemFigure;
import com.streetgov.evaluation.domain.IndicatorSystem;
import com.streetgov.evaluation.domain.Question;
import com.streetgov.evaluation.domain.QuestionRef;
import com.streetgov.evaluation.domain.Questionnaire;
import com.streetgov.tenantconfig.sheet.CellError;
import com.streetgov.tenantconfig.sheet.SheetException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorSheetTest {

    @ParameterizedTest
    @ValueSource(strings = {"xicheng", "luohu", "minimal"})
    void each_template_goes_through_the_workbook_unchanged(String id) throws Exception {
        EvaluationModel template = TemplateIndicators.load(id);
        assertEquals(template, IndicatorSheet.read(IndicatorSheet.write(template)));
    }

    @Test
    void a_workbook_made_by_another_tool_reads_to_the_right_model() throws Exception {
        byte[] xlsx = write(book -> {
            Worksheet ws = book.newWorksheet(" 指标 ");
            ws.value(0, 0, "城华区街道治理评估指标（2026年）");
            row(ws, 1, "序号", "编号", "上级编号", "名称", "权重", "测评对象", "数据来源", "系统数据", "每件扣分", "关联题目", "待确认", "备注");
            ws.hideColumn(11);
            row(ws, 2, 1, " A ", null, "运行情况", 70, null, null, null, null, null, "否", "内部");
            row(ws, 3, 2, "A1", "A", "\u3000解决率\u3000", 62.5, "街道", "系统数据", " 解决率 ", null, null, null);
            row(ws, 4, 3, 101, "A", "准入退回", 37.5, null, "系统数据", "准入退回", 5, null, "是");
            row(ws, 5, 4, "B", null, "群众评价", 30, null, null, null, null, null, null);
            row(
                    ws,
                    6,
                    5,
                    "B1",
                    "B",
                    "居民满意度",
                    80,
                    null,
                    "问卷",
                    null,
                    null,
                    "resident/R1、 resident/R2\nresident/R3",
                    null);
            row(ws, 7, 6, "B2", "B", "区级评议", 20, "全区", "评估人打分", null, null, null, null);
            ws.value(9, 1, "  ");
            ws.style(10, 2).fillColor("FFFF00").set();

            Worksheet qs = book.newWorksheet("问卷");
            ws = qs;
            row(ws, 0, "问卷编号", "问卷名称", "对象", "题号", "题型", "题目", "选项");
            row(ws, 1, "resident", " 居民满意度调查 ", "居民", "R1", "量表", "对街道工作总体是否满意", null);
            row(ws, 2, "resident", null, null, "R2", "单选", "办事是否跑了多次", "A=一次办成=100\nB＝两次=50\n C = 三次以上 = 0 ");
            row(ws, 3, "resident", "居民满意度调查", "居民", "R3", "多选", "哪些方面满意", "A=窗口=100\nB=网上=80");
            row(ws, 4, "resident", null, null, "R4", "填空", "其他意见", null);
            row(ws, 5, "staff", "工作人员问卷", "工作人员", 1, "量表", "街道权责是否清晰", null);
        });

        Questionnaire resident = new Questionnaire(
                "resident",
                "居民满意度调查",
                Questionnaire.Audience.RESIDENT,
                List.of(
                        new Question("R1", Question.Kind.LIKERT, "对街道工作总体是否满意", List.of()),
                        new Question(
                                "R2",
                                Question.Kind.SINGLE,
                                "办事是否跑了多次",
                                List.of(option("A", "一次办成", "100"), option("B", "两次", "50"), option("C", "三次以上", "0"))),
                        new Question(
                                "R3",
                                Question.Kind.MULTIPLE,
                                "哪些方面满意",
                                List.of(option("A", "窗口", "100"), option("B", "网上", "80"))),
                        new Question("R4", Question.Kind.TEXT, "其他意见", List.of())));
        Questionnaire staff = new Questionnaire(
                "staff",
                "工作人员问卷",
                Questionnaire.Audience.STAFF,
                List.of(new Question("1", Question.Kind.LIKERT, "街道权责是否清晰", List.of())));
        IndicatorSystem system = new IndicatorSystem(
                "",
                "",
                null,
                List.of(
                        new Indicator(
                                "A",
                                "运行情况",
                                new BigDecimal("70"),
                                Indicator.Subject.STREET,
                                null,
                                true,
                                List.of(
                                        new Indicator(
                                                "A1",
                                                "解决率",
                                                new BigDecimal("62.5"),
                                                Indicator.Subject.STREET,
                                                new SystemFigure(Measure.RESOLUTION_RATE),
                                                true,
                                                List.of()),
                                        new Indicator(
                                                "101",
                                                "准入退回",
                                                new BigDecimal("37.5"),
                                                Indicator.Subject.STREET,
                                                new SystemFigure(Measure.ADMISSION_REFUSALS, new BigDecimal("5")),
                                                false,
                                                List.of()))),
                        new Indicator(
                                "B",
                                "群众评价",
                                new BigDecimal("30"),
                                Indicator.Subject.STREET,
                                null,
                                true,
                                List.of(
                                        new Indicator(
                                                "B1",
                                                "居民满意度",
                                                new BigDecimal("80"),
                                                Indicator.Subject.STREET,
                                                new Answers(List.of(
                                                        QuestionRef.parse("resident/R1"),
                                                        QuestionRef.parse("resident/R2"),
                                                        QuestionRef.parse("resident/R3"))),
                                                true,
                                                List.of()),
                                        new Indicator(
                                                "B2",
                                                "区级评议",
                                                new BigDecimal("20"),
                                                Indicator.Subject.DISTRICT,
                                                new AssessorScore(),
                                                true,
                                                List.of())))));
        EvaluationModel read = IndicatorSheet.read(xlsx);
        assertEquals(new EvaluationModel(system, List.of(resident, staff), ""), read);
        assertEquals(
                List.of(), read.findings().stream().filter(f -> f.isError()).toList());
    }

    @Test
    void bad_rows_are_refused_naming_row_and_column() throws Exception {
        byte[] xlsx = write(book -> {
            Worksheet ws = book.newWorksheet("指标");
            row(ws, 0, "编号", "上级编号", "名称", "权重", "测评对象", "数据来源", "系统数据", "每件扣分", "关联题目", "待确认");
            row(ws, 1, "A", null, "运行情况", "七十", null, null, null, null, null, null);
            row(ws, 2, "A1", "A", "解决率", 50, null, "系统打分", null, null, null, null);
            row(ws, 3, "A2", "X", "满意率", 50, null, "系统数据", "满意率", 5, null, "可能");
            row(ws, 4, "A3", "A", "意见", 10, null, "问卷", null, null, "resident-R1", null);
            Worksheet qs = book.newWorksheet("问卷");
            row(qs, 0, "问卷编号", "问卷名称", "对象", "题号", "题型", "题目", "选项");
            row(qs, 1, "resident", "居民", "居民", "R1", "判断", "满意吗", "A=满意");
        });

        SheetException refused = assertThrows(SheetException.class, () -> IndicatorSheet.read(xlsx));
        assertEquals(
                List.of(
                        "第2行“权重”列：“七十”不是数字",
                        "第3行“数据来源”列：“系统打分”不是有效的取值（允许：系统数据、评估人打分、问卷）",
                        "第4行“上级编号”列：上级编号“X”不在上方各行中（上级须列在下级之前）",
                        "第4行“每件扣分”列：“满意率”是比率，不按件扣分：每件扣分请留空",
                        "第4行“待确认”列：“可能”不是有效的取值（允许：否、是）",
                        "第5行“关联题目”列：“resident-R1”应写作 问卷编号/题号，如 resident/R1",
                        "第2行“题型”列：“判断”不是有效的取值（允许：单选、填空、多选、量表）",
                        "第2行“选项”列：选项“A=满意”应写作 编号=文字=分数，如 A=满意=100"),
                refused.errors().stream().map(CellError::toString).toList());
        assertEquals(
                "Row 2, column “权重”: “七十” is not a number",
                refused.errors().get(0).text().render(Locale.ENGLISH));
    }

    @Test
    void a_workbook_without_its_sheets_is_refused_naming_them() throws Exception {
        byte[] xlsx = write(book -> row(book.newWorksheet("Sheet1"), 0, "编号"));
        SheetException refused = assertThrows(SheetException.class, () -> IndicatorSheet.read(xlsx));
        assertEquals(
                List.of("第1行“文件”列：文件中没有名为“指标”的工作表", "第1行“文件”列：文件中没有名为“问卷”的工作表"),
                refused.errors().stream().map(CellError::toString).toList());
    }

    @Test
    void the_version_sheet_carries_name_date_and_note() throws Exception {
        EvaluationModel minimal = TemplateIndicators.load("minimal");
        EvaluationModel read = IndicatorSheet.read(IndicatorSheet.write(minimal));
        assertEquals("模板", read.system().version());
        assertEquals(LocalDate.of(2024, 1, 1), read.system().effectiveFrom());
        assertEquals(minimal.note(), read.note());
    }

    private static Question.Option option(String code, String text, String score) {
        return new Question.Option(code, text, new BigDecimal(score));
    }
}
