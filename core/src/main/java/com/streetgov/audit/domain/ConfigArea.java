package com.streetgov.audit.domain;

/**
 * What part of a district's configuration a change touched, with its Chinese label. Open311 client
 * keys keep their own trail (api_key_audit, DD021), shown on their screen.
 */
public enum ConfigArea {
    DUTY_LIST("职责清单"),
    REDIVISION("街道分工"),
    ADMISSION("准入设置"),
    CALENDAR("工作日历"),
    ENFORCEMENT("执法事项"),
    TEAMS("执法队伍"),
    TIME_LIMITS("办理时限"),
    COMMUNITIES("社区网格"),
    REFORM_MODEL("改革模型"),
    ASSESSMENT_RULES("考核规则"),
    BASELINE("改革前基线"),
    MONTHLY_THEME("每月一题"),
    DISPATCH_CATALOG("派单目录"),
    EVALUATION("评估指标与测评");

    private final String label;

    ConfigArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
