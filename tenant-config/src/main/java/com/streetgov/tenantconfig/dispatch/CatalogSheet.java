package com.streetgov.tenantconfig.dispatch;

import com.streetgov.dispatch.domain.Department;
import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchTarget;
import com.streetgov.dispatch.domain.DispatchType;
import com.streetgov.tenantconfig.sheet.SheetException;
import com.streetgov.tenantconfig.sheet.SheetIO;
import com.streetgov.text.Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * A dispatch catalog as an .xlsx sheet with Chinese headers, one matter type a row: residents' words
 * separated by "、", example sentences one per line in their cell, where it goes as a kind (职责事项 /
 * 区直部门 / 社区) and a reference — a duty item's code, or a department's name as people write it. On
 * reading, a department name the catalog does not know becomes a new department (its code derived
 * from the name); every row is checked and the file is rejected whole (DD028).
 */
public final class CatalogSheet {

    static final String[] HEADERS = {"编码", "名称", "大类", "居民常用说法", "例句", "去向类型", "去向", "依据"};

    static final Map<DispatchTarget.Kind, String> KINDS = Map.of(
            DispatchTarget.Kind.ITEM,
            "职责事项",
            DispatchTarget.Kind.DEPARTMENT,
            "区直部门",
            DispatchTarget.Kind.COMMUNITY,
            "社区");

    static final Map<String, String> BASES = Map.of("source", "来源文件", "duty-list", "职责清单", "inferred", "推定");

    private CatalogSheet() {}

    public static byte[] write(DispatchCatalog catalog) {
        return SheetIO.write("派单目录", HEADERS, catalog.types(), t -> new String[] {
            t.code(),
            t.name(),
            t.category(),
            String.join("、", t.synonyms()),
            String.join("\n", t.examples()),
            KINDS.get(t.target().kind()),
            switch (t.target().kind()) {
                case ITEM -> t.target().ref();
                case DEPARTMENT ->
                    catalog.department(t.target().ref())
                            .map(Department::name)
                            .orElse(t.target().ref());
                case COMMUNITY -> null;
            },
            BASES.getOrDefault(t.basis(), t.basis())
        });
    }

    /**
     * The catalog a sheet describes, given the catalog in use (whose departments keep their codes and
     * other names; those no row names any more are kept too, so a whistle can still summon them).
     */
    public static DispatchCatalog read(byte[] xlsx, DispatchCatalog current) throws SheetException {
        Map<String, Department> departments = new LinkedHashMap<>();
        current.departments().forEach(d -> departments.put(d.name(), d));
        Set<String> codes = new HashSet<>();
        List<DispatchType> types = SheetIO.read(xlsx, HEADERS, in -> {
            String code = in.required("编码");
            if (code != null && !codes.add(code)) {
                in.error("编码", Text.of("sheet.code.repeated", code));
            }
            DispatchTarget.Kind kind = in.choice("去向类型", KINDS);
            String ref = in.optional("去向");
            DispatchTarget target = null;
            if (kind == DispatchTarget.Kind.COMMUNITY) {
                target = DispatchTarget.community();
            } else if (kind != null && ref == null) {
                in.error("去向", Text.of("sheet.catalog.targetMissing", KINDS.get(kind)));
            } else if (kind == DispatchTarget.Kind.ITEM) {
                target = DispatchTarget.item(ref);
            } else if (kind == DispatchTarget.Kind.DEPARTMENT) {
                Department d = departments.computeIfAbsent(
                        ref, name -> new Department(codeOf(name), name, List.of(), "inferred"));
                target = DispatchTarget.department(d.code());
            }
            String basis = in.optional("依据");
            String basisKey = BASES.entrySet().stream()
                    .filter(e -> e.getValue().equals(basis) || e.getKey().equals(basis))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse("inferred");
            String name = in.required("名称");
            String category = in.optional("大类");
            String examples = in.optional("例句");
            if (code == null || name == null || target == null) {
                return null;
            }
            return new DispatchType(
                    code,
                    name,
                    category == null ? "OTHER" : category,
                    in.list("居民常用说法"),
                    examples == null
                            ? List.of()
                            : Arrays.stream(examples.split("\\R"))
                                    .map(String::strip)
                                    .filter(e -> !e.isEmpty())
                                    .toList(),
                    target,
                    basisKey);
        });
        return new DispatchCatalog(new ArrayList<>(departments.values()), types);
    }

    /** A stable code for a department first named in a sheet: "dept-" and the CRC32 of its name. */
    static String codeOf(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return "dept-" + Long.toHexString(crc.getValue());
    }
}
