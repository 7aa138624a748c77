package com.streetgov.dispatch.domain;

import java.util.List;
import java.util.Objects;

/**
 * One kind of matter residents report (e.g. 生活垃圾清运不及时), in the words residents use: its name,
 * synonyms and example sentences, the 12345-style category it belongs to, where it is handled, and
 * whether a source says so ({@code source}) or it is inferred from public practice ({@code inferred},
 * to be confirmed by the district).
 */
public record DispatchType(
        String code,
        String name,
        String category,
        List<String> synonyms,
        List<String> examples,
        DispatchTarget target,
        String basis) {

    public DispatchType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        category = category == null ? "OTHER" : category;
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        examples = examples == null ? List.of() : List.copyOf(examples);
        basis = basis == null ? "inferred" : basis;
    }

    /** What differs from {@code before} (the same type as stored), by the fields' Chinese names. */
    public List<String> changesFrom(DispatchType before) {
        List<String> changed = new java.util.ArrayList<>();
        if (!name.equals(before.name)) {
            changed.add("名称“" + before.name + "”→“" + name + "”");
        }
        if (!category.equals(before.category)) {
            changed.add("类别");
        }
        if (!synonyms.equals(before.synonyms)) {
            changed.add("同义词");
        }
        if (!examples.equals(before.examples)) {
            changed.add("例句");
        }
        if (!target.equals(before.target)) {
            changed.add("去向");
        }
        if (!basis.equals(before.basis)) {
            changed.add("依据");
        }
        return changed;
    }
}
