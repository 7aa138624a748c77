package com.streetgov.dispatch.domain;

import com.streetgov.text.Text;
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
     * {@code streetItems} (texts, each naming the type or department); empty when it may be stored.
     */
    public List<Text> findings(Set<String> streetItems) {
        List<Text> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Department d : departments) {
            if (!DEPARTMENT_CODE.matcher(d.code()).matches()) {
                findings.add(Text.of("dispatch.department.codeFormat", d.code()));
            }
            if (!seen.add(d.code())) {
                findings.add(Text.of("dispatch.department.codeRepeated", d.code()));
            }
            if (d.name().isBlank() || d.name().length() > NAME_MAX) {
                findings.add(Text.of("dispatch.department.nameInvalid", d.code(), NAME_MAX));
            }
            if (String.join("\n", d.synonyms()).length() > TEXT_MAX) {
                findings.add(Text.of("dispatch.department.synonymsTooLong", d.code()));
            }
        }
        seen.clear();
        for (DispatchType t : types) {
            if (!TYPE_CODE.matcher(t.code()).matches()) {
                findings.add(Text.of("dispatch.type.codeFormat", t.code()));
            }
            if (!seen.add(t.code())) {
                findings.add(Text.of("dispatch.type.codeRepeated", t.code()));
            }
            if (t.name().isBlank() || t.name().length() > NAME_MAX) {
                findings.add(Text.of("dispatch.type.nameInvalid", t.code(), NAME_MAX));
            }
            if (String.join("\n", t.synonyms()).length() > TEXT_MAX
                    || String.join("\n", t.examples()).length() > TEXT_MAX) {
                findings.add(Text.of("dispatch.type.textTooLong", t.code()));
            }
            DispatchTarget target = t.target();
            if (target.kind() == DispatchTarget.Kind.ITEM && !streetItems.contains(target.ref())) {
                findings.add(Text.of("dispatch.type.itemUnknown", t.code(), target.ref()));
            }
            if (target.kind() == DispatchTarget.Kind.DEPARTMENT
                    && department(target.ref()).isEmpty()) {
                findings.add(Text.of("dispatch.type.departmentUnknown", t.code(), target.ref()));
            }
        }
        return findings;
    }
}
