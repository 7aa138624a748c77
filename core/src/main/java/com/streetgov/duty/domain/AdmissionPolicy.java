package com.streetgov.duty.domain;

/**
 * A district's admission (准入) rules: how many working days' notice a department must give before a
 * task takes effect at the street or community (Xicheng: 30), and how many working days the district
 * has to decide (Xicheng: 15).
 */
public record AdmissionPolicy(int noticeWorkingDays, int decisionWorkingDays) {}
