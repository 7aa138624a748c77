package com.streetgov.community.domain;

/** A community (社区) of a street. */
public record Community(String code, String name, String street) {}
