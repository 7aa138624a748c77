package com.streetgov.sharding.domain;

/** A shard as the vendor sees it: where it is and how many districts it holds. */
public record ShardLoad(String name, String location, int districts) {}
