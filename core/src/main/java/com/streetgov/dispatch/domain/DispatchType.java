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
}
