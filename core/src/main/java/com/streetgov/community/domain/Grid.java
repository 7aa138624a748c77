package com.streetgov.community.domain;

/** A grid (网格) of a community with its households and grid worker (网格员). */
public record Grid(String code, String name, String community, int households, String worker) {}
