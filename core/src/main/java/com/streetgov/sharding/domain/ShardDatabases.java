package com.streetgov.sharding.domain;

import javax.sql.DataSource;

/**
 * The shards' databases as their owner sees them (migrations, moves; exempt from row-level security),
 * from the configuration the start script gives: main's URL and each configured shard's.
 */
public interface ShardDatabases {

    /** The owner's data source of {@code shard}; unknown shards are refused. */
    DataSource owner(String shard);

    /** Where {@code shard} is, for people: host, port and database, never a password. */
    String location(String shard);
}
