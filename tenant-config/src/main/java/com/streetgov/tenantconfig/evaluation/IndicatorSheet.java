package com.streetgov.tenantconfig.evaluation;

import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.Indicator;
import com.streetgov.evaluation.domain.IndicatorSource;
import com.streetgov.evaluation.domain.IndicatorSource.Answers;
import com.streetgov.evaluation.domain.IndicatorSource.AssessorScore;
import com.streetgov.evaluation.domain.IndicatorSource.Measure;
import com.streetgov.evaluation.domain.IndicatorSource.SystemFigure;
import com.streetgov.evaluation.domain.IndicatorSystem;
import com.streetgov.evaluation.domain.Question;
import com.streetgov.evaluation.domain.QuestionRef;
import com.streetgov.evaluation.domain.Questionnaire;
import com.streetgov.tenantconfig.sheet.CellError;
import com.streetgov.tenantconfig.sheet.RowReader;
import com.streetgov.tenantconfig.sheet.SheetException;
import com.streetgov.tenantconfig.sheet.SheetIO;
import com.streetgov.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An indicator system and its questionnaires as an .xlsx workbook, for districts that keep theirs in
 * a spreadsheet. Sheet 指标: one row per node, depth first, the tree given by 上级编号 (a parent listed
 * above); a node's source as 数据来源 (系统数据/问卷/评估人打分) with the measure, the deduction per case
 * or the linked questions ({@code 问卷编号/题号}, separated by 、 or line breaks). Sheet 问卷: one row per
 * question, options one a line as {@code 编号=文字=分数}. Sheet 说明 (optional when reading): the
 * version, name, effective date and note. Reading takes the workbook as clerks make it (see {@link
 * SheetIO}), checks the form of every row of both sheets and refuses the file whole naming each bad row
 * and column; whether the system is sound (weights, links) is the core validator's to judge.
 */
public final class IndicatorSheet {

    static final String INDICATORS = "指标";
    static final String QUESTIONNAIRES = "问卷";
    static final String ABOUT = "说明";

    static final String[] NODE_HEADERS = {"编号", "上级编号", "名称", "权重", "测评对象", "数据来源", "系统数据", "每件扣分", "关联题目", "待确认"};
    static final String[] QUESTION_HEADERS = {"问卷编号", "问卷名称", "对象", "题号", "题型", "题目", "选项"};
    static final String[] ABOUT_HEADERS = {"项目", "内容"};

    static final Map<Measure, String> MEASURES = Map.of(
            Measure.RESPONSE_RATE, "响应率",
            Measure.RESOLUTION_RATE, "解决率",
            Measure.SATISFACTION_RATE, "满意率",
            Measure.WHISTLES_ON_TIME, "吹哨按时报到率",
            Measure.OVERDUE_SHARE, "逾期占比",
            Measure.COVERAGE_PROBLEMS, "职责清单覆盖问题",
            Measure.ADMISSION_REFUSALS, "准入退回");
    static final Map<Indicator.Subject, String> SUBJECTS =
            Map.of(Indicator.Subject.STREET, "街道", Indicator.Subject.UNIT, "单位", Indicator.Subject.DISTRICT, "全区");
    static final Map<Questionnaire.Audience, String> AUDIENCES = Map.of(
            Questionnaire.Audience.STAFF, "工作人员",
            Questionnaire.Audience.RESIDENT, "居民",
            Questionnaire.Audience.DELEGATE, "居民代表",
            Questionnaire.Audience.STREET, "街道");
    static final Map<Question.Kind, String> KINDS = Map.of(
            Question.Kind.LIKERT, "量表",
            Question.Kind.SINGLE, "单选",
            Question.Kind.MULTIPLE, "多选",
            Question.Kind.TEXT, "填空");

    private static final String FIGURE = "系统数据";
    private static final String ANSWERS = "问卷";
    private static final String ASSESSOR = "评估人打分";
    private static final Map<String, String> SOURCES = Map.of(FIGURE, FIGURE, ANSWERS, ANSWERS, ASSESSOR, ASSESSOR);
    /** 待确认: 是 means not confirmed. */
    private static final Map<Boolean, String> CONFIRMED = Map.of(Boolean.TRUE, "否", Boolean.FALSE, "是");

    private static final List<String> ABOUT_ROWS = List.of("版本", "名称", "生效日期", "说明");

    /** One node as a row of 指标: the tree flattened, the parent by its code (null for a category). */
    public record Node(
            String code,
            String parent,
            String name,
            BigDecimal weight,
            Indicator.Subject subject,
            IndicatorSource source,
            boolean confirmed) {}

    /** One question as a row of 问卷, with its questionnaire. */
    public record QuestionRow(String questionnaire, String title, Questionnaire.Audience audience, Question question) {

        /** {@code questionnaire/question}, as items link to it. */
        public String key() {
            return questionnaire + "/" + question.code();
        }
    }

    private IndicatorSheet() {}

    /** The system's nodes depth first, as the rows of 指标. */
    public static List<Node> nodes(IndicatorSystem system) {
        List<Node> out = new ArrayList<>();
        system.categories().forEach(c -> flatten(c, null, out));
        return out;
    }

    /** Every question of every questionnaire, as the rows of 问卷. */
    public static List<QuestionRow> questions(List<Questionnaire> questionnaires) {
        return questionnaires.stream()
                .flatMap(q -> q.questions().stream().map(x -> new QuestionRow(q.code(), q.title(), q.audience(), x)))
                .toList();
    }

    public static byte[] write(EvaluationModel model) {
        IndicatorSystem system = model.system();
        List<String[]> about = List.of(
                new String[] {"版本", system.version()},
                new String[] {"名称", system.name()},
                new String[] {
                    "生效日期",
                    system.effectiveFrom() == null
                            ? null
                            : system.effectiveFrom().toString()
                },
                new String[] {"说明", model.note()});
        return SheetIO.book()
                .sheet(INDICATORS, NODE_HEADERS, nodes(system), IndicatorSheet::cells)
                .sheet(QUESTIONNAIRES, QUESTION_HEADERS, questions(model.questionnaires()), IndicatorSheet::cells)
                .sheet(ABOUT, ABOUT_HEADERS, about, row -> row)
                .bytes();
    }

    /** The workbook's model; every bad cell of every sheet is named before anything is refused. */
    public static EvaluationModel read(byte[] xlsx) throws SheetException {
        List<CellError> errors = new ArrayList<>();
        List<Node> nodes = List.of();
        List<QuestionRow> questions = List.of();
        Map<String, String> about = Map.of();
        try {
            nodes = readNodes(xlsx);
        } catch (SheetException e) {
            errors.addAll(e.errors());
        }
        try {
            questions = readQuestions(xlsx);
        } catch (SheetException e) {
            errors.addAll(e.errors());
        }
        try {
            about = readAbout(xlsx);
        } catch (SheetException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new SheetException(errors);
        }
        IndicatorSystem system = new IndicatorSystem(
                about.getOrDefault("版本", ""),
                about.getOrDefault("名称", ""),
                about.containsKey("生效日期") ? LocalDate.parse(about.get("生效日期")) : null,
                tree(nodes, null));
        return new EvaluationModel(system, questionnaires(questions), about.getOrDefault("说明", ""));
    }

    private static void flatten(Indicator node, String parent, List<Node> out) {
        out.add(new Node(
                node.code(), parent, node.name(), node.weight(), node.subject(), node.source(), node.confirmed()));
        node.children().forEach(c -> flatten(c, node.code(), out));
    }

    private static Object[] cells(Node n) {
        Object[] row = new Object[NODE_HEADERS.length];
        row[0] = n.code();
        row[1] = n.parent();
        row[2] = n.name();
        row[3] = n.weight();
        row[4] = SUBJECTS.get(n.subject());
        if (n.source() instanceof SystemFigure f) {
            row[5] = FIGURE;
            row[6] = MEASURES.get(f.measure());
            row[7] = f.deduction();
        } else if (n.source() instanceof Answers a) {
            row[5] = ANSWERS;
            row[8] = a.questions().stream().map(QuestionRef::toString).collect(Collectors.joining("\n"));
        } else if (n.source() instanceof AssessorScore) {
            row[5] = ASSESSOR;
        }
        row[9] = n.confirmed() ? null : "是";
        return row;
    }

    private static Object[] cells(QuestionRow r) {
        Question q = r.question();
        return new Object[] {
            r.questionnaire(),
            r.title(),
            AUDIENCES.get(r.audience()),
            q.code(),
            KINDS.get(q.kind()),
            q.text(),
            q.options().stream()
                    .map(o -> o.code() + "=" + o.text() + "=" + o.score().toPlainString())
                    .collect(Collectors.joining("\n"))
        };
    }

    private static List<Node> readNodes(byte[] xlsx) throws SheetException {
        Set<String> above = new HashSet<>();
        return SheetIO.read(xlsx, INDICATORS, NODE_HEADERS, in -> {
            String code = in.required("编号");
            String parent = in.optional("上级编号");
            if (parent != null && !above.contains(parent)) {
                in.error("上级编号", Text.of("evaluation.sheet.parentMissing", parent));
            }
            if (code != null && !above.add(code)) {
                in.error("编号", Text.of("sheet.code.repeated", code));
            }
            String name = in.required("名称");
            BigDecimal weight = in.number("权重", true);
            Indicator.Subject subject =
                    in.optional("测评对象") == null ? Indicator.Subject.STREET : in.choice("测评对象", SUBJECTS);
            IndicatorSource source = source(in);
            boolean confirmed = in.optional("待确认") == null || Boolean.TRUE.equals(in.choice("待确认", CONFIRMED));
            return new Node(code, parent, name, weight, subject, source, confirmed);
        });
    }

    /** The source a row names; the columns another source would use must stay empty. */
    private static IndicatorSource source(RowReader in) {
        String kind = in.optional("数据来源") == null ? null : in.choice("数据来源", SOURCES);
        unused(in, kind, "系统数据", FIGURE.equals(kind));
        unused(in, kind, "每件扣分", FIGURE.equals(kind));
        unused(in, kind, "关联题目", ANSWERS.equals(kind));
        if (FIGURE.equals(kind)) {
            Measure measure = in.choice("系统数据", MEASURES);
            BigDecimal deduction = in.number("每件扣分", false);
            if (measure != null && deduction != null && !measure.isCount()) {
                in.error("每件扣分", Text.of("evaluation.sheet.deductionOnRate", MEASURES.get(measure)));
            }
            return measure == null ? null : new SystemFigure(measure, deduction);
        }
        if (ANSWERS.equals(kind)) {
            List<QuestionRef> refs = new ArrayList<>();
            for (String link : in.list("关联题目")) {
                try {
                    refs.add(QuestionRef.parse(link));
                } catch (IllegalArgumentException e) {
                    in.error("关联题目", Text.of("evaluation.sheet.link", link));
                }
            }
            return new Answers(refs);
        }
        return ASSESSOR.equals(kind) ? new AssessorScore() : null;
    }

    private static void unused(RowReader in, String kind, String header, boolean used) {
        if (!used && in.optional(header) != null) {
            in.error(
                    header,
                    kind == null ? Text.of("evaluation.sheet.noSource") : Text.of("evaluation.sheet.unused", kind));
        }
    }

    /** One question a row; a questionnaire's name and audience from its first row (later rows may leave them empty). */
    private static List<QuestionRow> readQuestions(byte[] xlsx) throws SheetException {
        Map<String, QuestionRow> first = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        return SheetIO.read(xlsx, QUESTIONNAIRES, QUESTION_HEADERS, in -> {
            String code = in.required("问卷编号");
            QuestionRow before = code == null ? null : first.get(code);
            String title = in.optional("问卷名称");
            if (before != null && title != null && !title.equals(before.title())) {
                in.error("问卷名称", Text.of("evaluation.sheet.questionnaireDiffers", code, before.title()));
            }
            Questionnaire.Audience audience =
                    before != null && in.optional("对象") == null ? before.audience() : in.choice("对象", AUDIENCES);
            if (before != null && audience != null && audience != before.audience()) {
                in.error(
                        "对象", Text.of("evaluation.sheet.questionnaireDiffers", code, AUDIENCES.get(before.audience())));
            }
            String questionCode = in.required("题号");
            if (code != null && questionCode != null && !keys.add(code + "/" + questionCode)) {
                in.error("题号", Text.of("sheet.code.repeated", code + "/" + questionCode));
            }
            Question.Kind kind = in.choice("题型", KINDS);
            String text = Objects.requireNonNullElse(in.optional("题目"), "");
            List<Question.Option> options = options(in);
            QuestionRow row = questionCode == null || kind == null
                    ? null
                    : new QuestionRow(
                            code,
                            before != null ? before.title() : Objects.requireNonNullElse(title, ""),
                            audience,
                            new Question(questionCode, kind, text, options));
            if (code != null && before == null && row != null) {
                first.put(code, row);
            }
            return row;
        });
    }

    /** Options one a line, {@code 编号=文字=分数} (the text may hold "="; the full-width "＝" counts). */
    private static List<Question.Option> options(RowReader in) {
        String value = in.optional("选项");
        List<Question.Option> options = new ArrayList<>();
        if (value == null) {
            return options;
        }
        for (String line : value.replace('＝', '=').split("\\R")) {
            String option = line.strip();
            int first = option.indexOf('=');
            int last = option.lastIndexOf('=');
            if (option.isEmpty()) {
                continue;
            }
            try {
                if (first <= 0 || first == last) {
                    throw new NumberFormatException();
                }
                options.add(new Question.Option(
                        option.substring(0, first).strip(),
                        option.substring(first + 1, last).strip(),
                        new BigDecimal(option.substring(last + 1).strip())));
            } catch (NumberFormatException e) {
                in.error("选项", Text.of("evaluation.sheet.option", option));
            }
        }
        return options;
    }

    private static Map<String, String> readAbout(byte[] xlsx) throws SheetException {
        Map<String, String> about = new LinkedHashMap<>();
        SheetIO.readIfPresent(xlsx, ABOUT, ABOUT_HEADERS, in -> {
            String key = in.choice("项目", ABOUT_ROWS.stream().collect(Collectors.toMap(k -> k, k -> k)));
            if ("生效日期".equals(key)) {
                LocalDate day = in.date("内容", false);
                if (day != null) {
                    about.put(key, day.toString());
                }
            } else if (key != null && in.optional("内容") != null) {
                about.put(key, in.optional("内容"));
            }
            return key;
        });
        return about;
    }

    private static List<Indicator> tree(List<Node> nodes, String parent) {
        return nodes.stream()
                .filter(n -> Objects.equals(n.parent(), parent))
                .map(n -> new Indicator(
                        n.code(), n.name(), n.weight(), n.subject(), n.source(), n.confirmed(), tree(nodes, n.code())))
                .toList();
    }

    private static List<Questionnaire> questionnaires(List<QuestionRow> rows) {
        Map<String, List<QuestionRow>> byCode = new LinkedHashMap<>();
        rows.forEach(r -> byCode.computeIfAbsent(r.questionnaire(), k -> new ArrayList<>())
                .add(r));
        return byCode.values().stream()
                .map(qs -> new Questionnaire(
                        qs.get(0).questionnaire(),
                        qs.get(0).title(),
                        qs.get(0).audience(),
                        qs.stream().map(QuestionRow::question).toList()))
                .toList();
    }
}
