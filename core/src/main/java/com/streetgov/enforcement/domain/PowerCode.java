package com.streetgov.enforcement.domain;

import com.streetgov.text.Text;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coding rule of enforcement powers: {@code <domain letters>-<type letters>-<4-digit number>}, e.g.
 * {@code CG-CF-0001} is the first city-management (城管) penalty (处罚). The letters must agree with
 * the power's domain and type, so a code alone says what kind of power it is.
 */
public final class PowerCode {

    private static final Pattern FORMAT = Pattern.compile("^([A-Z]{2})-([A-Z]{2})-(\\d{4})$");

    private PowerCode() {}

    public static String of(PowerDomain domain, PowerType type, int number) {
        if (number < 1 || number > 9999) {
            throw new IllegalArgumentException("number out of range: " + number);
        }
        return String.format("%s-%s-%04d", domain.letters(), type.letters(), number);
    }

    /** Empty if {@code code} follows the rule for this domain and type; else why not. */
    public static java.util.Optional<Text> problem(String code, PowerDomain domain, PowerType type) {
        Matcher m = FORMAT.matcher(code == null ? "" : code);
        if (!m.matches()) {
            return java.util.Optional.of(Text.of("enforcement.code.format", code));
        }
        if (domain != null && !m.group(1).equals(domain.letters())) {
            return java.util.Optional.of(
                    Text.of("enforcement.code.domainLetters", code, domain.letters(), domain.text()));
        }
        if (type != null && !m.group(2).equals(type.letters())) {
            return java.util.Optional.of(Text.of("enforcement.code.typeLetters", code, type.letters(), type.text()));
        }
        return java.util.Optional.empty();
    }
}
