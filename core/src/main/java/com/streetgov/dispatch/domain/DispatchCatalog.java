package com.streetgov.dispatch.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A district's dispatch catalog: its departments and its matter types. Invariants, checked by
 * {@link #findings} before a catalog is stored: codes are unique and well-formed, names are present
 * and fit their columns, every department target names a department of the catalog and every item
 * target a street-level duty item of the district. Immutable.
 */
public record DispatchCatalog(List<Department> departments, List<DispatchType> types) {

    /** A district with no catalog yet: routing falls back to the duty items' own names and keywords. */
    public static final DispatchCatalog EMPTY = new DispatchCatalog(List.of(), List.of());

    static final Pattern TYPE_CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");
    static final Pattern DEPARTMENT_CODE = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    static final int NAME_MAX = 100;
    static final int TEXT_MAX = 4000;

    public DispatchCatalog {
        departments = departments == null ? List.of() : List.copyOf(departments);
        types = types == null ? List.of() : List.copyOf(types);
    }

    public boolean isEmpty() {
        return types.isEmpty();
    }

    public Optional<DispatchType> type(String code) {
        return types.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** This catalog with {@code type} in place of the type of the same code, or added at the end. */
    public DispatchCatalog withType(DispatchType type) {
        return new DispatchCatalog(departments, replaced(types, type, DispatchType::code));
    }

    /** This catalog without the type {@code code} (unchanged if there is none). */
    public DispatchCatalog withoutType(String code) {
        return new DispatchCatalog(
                departments, types.stream().filter(t -> !t.code().equals(code)).toList());
    }

    /** This catalog with {@code department} in place of the department of the same code, or added. */
    public DispatchCatalog withDepartment(Department department) {
        return new DispatchCatalog(replaced(departments, department, Department::code), types);
    }

    /**
     * This catalog without the department {@code code}; a type still sent there makes {@link #findings}
     * name it, so such a catalog is not stored.
     */
    public DispatchCatalog withoutDepartment(String code) {
        return new DispatchCatalog(
                departments.stream().filter(d -> !d.code().equals(code)).toList(), types);
    }

    private static <T> List<T> replaced(List<T> rows, T row, java.util.function.Function<T, String> code) {
        List<T> result = new ArrayList<>(rows);
        for (int i = 0; i < result.size(); i++) {
            if (code.apply(result.get(i)).equals(code.apply(row))) {
                result.set(i, row);
                return result;
            }
        }
        result.add(row);
        return result;
    }

    public Optional<Department> department(String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The types any of whose words (code, name, category, synonyms, examples) contain {@code text}; all if blank. */
    public List<DispatchType> matching(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.isEmpty()) {
            return types;
        }
        return types.stream()
                .filter(t -> String.join(
                                " ",
                                t.code(),
                                t.name(),
                                t.category(),
                                String.join(" ", t.synonyms()),
                                String.join(" ", t.examples()))
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains(wanted))
                .toList();
    }

    /**
     * What is wrong with this catalog for a district whose street-level duty items have the codes
     * {@code streetItems} (in Chinese, each naming the type or department); empty when it may be stored.
     */
    public List<String> findings(Set<String> streetItems) {
        List<String> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Department d : departments) {
            if (!DEPARTMENT_CODE.matcher(d.code()).matches()) {
                findings.add("区直部门编码“" + d.code() + "”格式不对（小写字母、数字和连字符，至多64位）");
            }
            if (!seen.add(d.code())) {
                findings.add("区直部门编码“" + d.code() + "”重复");
            }
            if (d.name().isBlank() || d.name().length() > NAME_MAX) {
                findings.add("区直部门“" + d.code() + "”的名称为空或超过" + NAME_MAX + "字");
            }
            if (String.join("\n", d.synonyms()).length() > TEXT_MAX) {
                findings.add("区直部门“" + d.code() + "”的别名过长");
            }
        }
        seen.clear();
        for (DispatchType t : types) {
            String label = "派单类型“" + t.code() + "”";
            if (!TYPE_CODE.matcher(t.code()).matches()) {
                findings.add(label + "编码格式不对（大写字母开头，大写字母、数字和连字符，至多32位）");
            }
            if (!seen.add(t.code())) {
                findings.add(label + "编码重复");
            }
            if (t.name().isBlank() || t.name().length() > NAME_MAX) {
                findings.add(label + "的名称为空或超过" + NAME_MAX + "字");
            }
            if (String.join("\n", t.synonyms()).length() > TEXT_MAX
                    || String.join("\n", t.examples()).length() > TEXT_MAX) {
                findings.add(label + "的同义词或例句过长");
            }
            DispatchTarget target = t.target();
            if (target.kind() == DispatchTarget.Kind.ITEM && !streetItems.contains(target.ref())) {
                findings.add(label + "指向的职责事项“" + target.ref() + "”不是本区的街道职责事项");
            }
            if (target.kind() == DispatchTarget.Kind.DEPARTMENT
                    && department(target.ref()).isEmpty()) {
                findings.add(label + "指向的区直部门“" + target.ref() + "”不在本目录中");
            }
        }
        return findings;
    }
}
