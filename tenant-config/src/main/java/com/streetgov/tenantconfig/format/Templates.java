package com.streetgov.tenantconfig.format;

import com.streetgov.reform.domain.ReformModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The reform models shipped as templates: the four seed districts, faithful to the sources. */
public final class Templates {

    /** Template ids, each a file {@code templates/<id>.json}. */
    public static final List<String> IDS = List.of("luohu", "xicheng", "dongcheng", "chenghua");

    private Templates() {}

    public static String text(String id) {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException("no template " + id);
        }
        try (InputStream in =
                Templates.class.getResourceAsStream("/com/streetgov/tenantconfig/templates/" + id + ".json")) {
            if (in == null) {
                throw new IllegalStateException("template file missing: " + id);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<String, ReformModel> LOADED = new ConcurrentHashMap<>();

    /**
     * A shipped template, read once (models are immutable values); they are tested to read without
     * errors, so a failure here is a defect.
     */
    public static ReformModel load(String id) {
        return LOADED.computeIfAbsent(id, Templates::read);
    }

    private static ReformModel read(String id) {
        try {
            return ModelFileReader.read(text(id));
        } catch (ModelFileException e) {
            throw new IllegalStateException("template " + id + " does not read:\n" + e.getMessage(), e);
        }
    }
}
