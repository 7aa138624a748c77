package com.streetgov.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.assessment.domain.Denominator;
import com.streetgov.assessment.domain.HotspotKind;
import com.streetgov.audit.domain.ConfigArea;
import com.streetgov.matter.domain.MatterState;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The three language bundles (DD007) have the same keys, and every key the screens build from an
 * enum's name ("audit.area." + area) exists: a missing one shows as "!zh: audit.area.BASELINE".
 */
class TranslationsTest {

    static final List<String> BUNDLES =
            List.of("translations.properties", "translations_zh.properties", "translations_zh_TW.properties");

    @Test
    void the_bundles_have_the_same_keys() throws Exception {
        Properties english = load(BUNDLES.get(0));
        for (String bundle : BUNDLES.subList(1, BUNDLES.size())) {
            assertEquals(
                    new TreeSet<>(english.stringPropertyNames()),
                    new TreeSet<>(load(bundle).stringPropertyNames()),
                    bundle);
        }
    }

    @Test
    void every_key_built_from_an_enum_is_translated() throws Exception {
        List<String> keys = new ArrayList<>();
        Stream.of(ConfigArea.values()).forEach(a -> keys.add("audit.area." + a.name()));
        Stream.of(MatterState.values()).forEach(s -> keys.add("matter.state." + s.name()));
        Stream.of(MatterState.values()).forEach(s -> keys.add("resident.state." + s.name()));
        Stream.of(Denominator.values()).forEach(d -> keys.add("results.ui.rules.denominator." + d.name()));
        Stream.of(HotspotKind.values()).forEach(k -> keys.add("results.ui.hotspots.kind." + k.name()));
        Stream.of(com.streetgov.dispatch.domain.DispatchTarget.Kind.values())
                .forEach(k -> keys.add("catalog.edit.kind." + k.name()));
        // the categories of the templates' dispatch catalogs (a district's own ones show their code)
        com.streetgov.tenantconfig.format.Templates.IDS.stream()
                .flatMap(id -> com.streetgov.tenantconfig.dispatch.TemplateCatalog.load(id).types().stream())
                .map(t -> "catalog.cat." + t.category())
                .distinct()
                .forEach(keys::add);
        for (String bundle : BUNDLES) {
            Properties translations = load(bundle);
            for (String key : keys) {
                assertTrue(translations.containsKey(key), bundle + " lacks " + key);
            }
        }
    }

    private static Properties load(String bundle) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
