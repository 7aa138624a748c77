package com.streetgov.enforcement.domain;

import com.streetgov.text.Text;

/** The field a power belongs to; the code letters are part of the power's code (see {@link PowerCode}). */
public enum PowerDomain {
    CITY_MANAGEMENT("CG", "城市管理"),
    WATER("SW", "水务"),
    HEALTH("WS", "卫生健康"),
    ECOLOGY("ST", "生态环境"),
    AGRICULTURE("NY", "农业农村"),
    MARKET("SC", "市场监管"),
    PUBLIC_SECURITY("GA", "公安"),
    TRAFFIC("JT", "交通"),
    FIRE("XF", "消防"),
    OTHER("QT", "其他");

    private final String letters;
    private final String label;

    PowerDomain(String letters, String label) {
        this.letters = letters;
        this.label = label;
    }

    public String letters() {
        return letters;
    }

    /** The Chinese name, as the catalog's sheet writes it. */
    public String label() {
        return label;
    }

    /** The name in the reader's language. */
    public Text text() {
        String key = "enforcement.domain." + name();
        return Text.of(key);
    }
}
