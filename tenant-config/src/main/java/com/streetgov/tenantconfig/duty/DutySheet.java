package com.streetgov.tenantconfig.duty;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.DutyRole;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A duty list as an .xlsx sheet with Chinese headers, one item a row; lists inside a cell are separated
 * by "、", dates written as YYYY-MM-DD text. Reading checks every row and rejects the file whole.
 */
public final class DutySheet {

    static final String[] HEADERS = {
        "编码", "事项名称", "领域", "层级", "街道角色", "牵头单位", "配合单位", "法律依据", "来源部门", "生效日期", "失效日期", "关键词", "生成"
    };

    static final Map<DutyLevel, String> LEVELS = Map.of(
            DutyLevel.DISTRICT, "区级",
            DutyLevel.STREET, "街道",
            DutyLevel.COMMUNITY_PARTY_ORG, "社区党组织",
            DutyLevel.RESIDENTS_COMMITTEE, "居委会",
            DutyLevel.WORKSTATION, "社区工作站",
            DutyLevel.SERVICE_CENTRE, "社区服务中心");

    static final Map<DutyRole, String> ROLES =
            Map.of(DutyRole.LEAD, "主责", DutyRole.COORDINATE, "协调", DutyRole.ASSIST, "配合");

    private DutySheet() {}

    public static byte[] write(List<DutyItem> items) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("职责清单");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
            }
            int r = 1;
            for (DutyItem item : items) {
                Row row = sheet.createRow(r++);
                String[] values = {
                    item.code(),
                    item.name(),
                    item.area(),
                    LEVELS.get(item.level()),
                    ROLES.get(item.streetRole()),
                    String.join("、", item.leadUnits()),
                    String.join("、", item.assistingUnits()),
                    item.legalBasis(),
                    item.origin(),
                    item.effectiveFrom().toString(),
                    item.effectiveTo() == null ? null : item.effectiveTo().toString(),
                    String.join("、", item.keywords()),
                    item.generated() ? "是" : "否"
                };
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null && !values[c].isEmpty()) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<DutyItem> read(byte[] xlsx) throws SheetException {
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException | RuntimeException e) {
            throw new SheetException(List.of(new CellError(1, "文件", "不是可读取的 .xlsx 文件")));
        }
        try (workbook) {
            return rows(workbook.getSheetAt(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<DutyItem> rows(Sheet sheet) throws SheetException {
        List<CellError> errors = new ArrayList<>();
        Row header = sheet.getRow(0);
        for (int c = 0; c < HEADERS.length; c++) {
            String found = header == null ? "" : text(header.getCell(c));
            if (!HEADERS[c].equals(found)) {
                errors.add(new CellError(1, HEADERS[c], "表头应为“" + HEADERS[c] + "”，实为“" + found + "”"));
            }
        }
        if (!errors.isEmpty()) {
            throw new SheetException(errors);
        }
        List<DutyItem> items = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || Arrays.stream(HEADERS).allMatch(h -> cell(row, h).isEmpty())) {
                continue;
            }
            RowReader in = new RowReader(row, r + 1, errors);
            String code = in.required("编码");
            if (code != null && !codes.add(code)) {
                errors.add(new CellError(r + 1, "编码", "编码“" + code + "”重复"));
            }
            DutyItem item = new DutyItem(
                    code,
                    in.required("事项名称"),
                    in.required("领域"),
                    in.choice("层级", LEVELS),
                    in.choice("街道角色", ROLES),
                    in.list("牵头单位"),
                    in.list("配合单位"),
                    in.optional("法律依据"),
                    in.optional("来源部门"),
                    in.date("生效日期", true),
                    in.date("失效日期", false),
                    in.list("关键词"),
                    "是".equals(in.optional("生成")));
            items.add(item);
        }
        if (!errors.isEmpty()) {
            throw new SheetException(errors);
        }
        return items;
    }

    static String cell(Row row, String header) {
        return text(row.getCell(Arrays.asList(HEADERS).indexOf(header)));
    }

    private static final DataFormatter FORMAT = new DataFormatter();

    static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        return FORMAT.formatCellValue(cell).strip();
    }

    /** Reads one row's cells, collecting errors instead of stopping at the first. */
    private record RowReader(Row row, int number, List<CellError> errors) {

        String optional(String header) {
            String value = cell(row, header);
            return value.isEmpty() ? null : value;
        }

        String required(String header) {
            String value = optional(header);
            if (value == null) {
                errors.add(new CellError(number, header, "不能为空"));
            }
            return value;
        }

        List<String> list(String header) {
            String value = optional(header);
            return value == null
                    ? List.of()
                    : Arrays.stream(value.split("、"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
        }

        <E> E choice(String header, Map<E, String> labels) {
            String value = required(header);
            if (value == null) {
                return null;
            }
            return labels.entrySet().stream()
                    .filter(e -> e.getValue().equals(value))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseGet(() -> {
                        errors.add(new CellError(
                                number,
                                header,
                                "“" + value + "”不是有效的取值（允许："
                                        + String.join(
                                                "、",
                                                labels.values().stream()
                                                        .sorted()
                                                        .toList()) + "）"));
                        return null;
                    });
        }

        LocalDate date(String header, boolean needed) {
            String value = needed ? required(header) : optional(header);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                errors.add(new CellError(number, header, "日期“" + value + "”应写作 YYYY-MM-DD"));
                return null;
            }
        }
    }
}
