package com.streetgov.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The three bundles say the same things: the same keys, the same arguments, patterns MessageFormat
 * reads as meant; and every key the code names in a refusal, text or finding exists — a sentence left
 * in Chinese in the code, or a typo, fails here rather than showing "!key!" to a clerk.
 */
class TextBundlesTest {

    private static final String[] FILES = {"messages.properties", "messages_zh.properties", "messages_zh_TW.properties"
    };
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    /** Constructors and factories whose first argument is a message key. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:Text\\.of|RefusedException|Finding\\.(?:error|warning)|\\bText\\.format)\\(\\s*\"([^\"]*)\"");

    @Test
    void every_language_has_every_key_with_the_same_arguments() throws IOException {
        Properties english = load(FILES[0]);
        for (String file : FILES) {
            Properties other = load(file);
            assertEquals(
                    new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()), file);
            for (String key : other.stringPropertyNames()) {
                String pattern = other.getProperty(key);
                assertTrue(!pattern.isBlank(), file + " " + key + " is empty");
                assertEquals(arguments(english.getProperty(key)), arguments(pattern), file + " " + key);
                if (!arguments(pattern).isEmpty()) {
                    new MessageFormat(pattern); // parses
                    assertTrue(
                            !pattern.replace("''", "").contains("'"),
                            file + " " + key + ": a single quote in a pattern with arguments hides them; write ''");
                }
            }
        }
    }

    @Test
    void every_key_named_in_the_code_exists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String module : List.of("../core", "../tenant-config", "../ui")) {
            Path sources = Path.of(module, "src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY_USE.matcher(Files.readString(file));
                    while (m.find()) {
                        if (!Text.known(m.group(1))) {
                            missing.add(sources.relativize(file) + ": \"" + m.group(1) + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "keys (or sentences) not in com/streetgov/text/messages*.properties");
    }

    private static TreeSet<String> arguments(String pattern) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TextBundlesTest.class.getResourceAsStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
