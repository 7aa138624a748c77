package com.streetgov.ui.platform;

import com.streetgov.sharding.domain.ShardDatabases;
import com.streetgov.tenancy.ShardDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The shards' databases as the owner of the tables reaches them (DD039): main at {@code
 * streetgov.db.url}, every other shard at {@code streetgov.shard.<name>.url} (ops/app.sh writes both
 * from {@code STREETGOV_SHARDS}), all with the owner's credentials. Used to migrate each shard at start
 * and to move districts.
 */
@ApplicationScoped
public class ConfiguredShardDatabases implements ShardDatabases {

    @Inject
    Config config;

    @Inject
    ShardDirectory directory;

    /** The role that owns the tables and runs the migrations; the application pool never uses it. */
    @Inject
    @ConfigProperty(name = "streetgov.db.owner.user", defaultValue = "postgres")
    String ownerUser;

    @Inject
    @ConfigProperty(name = "streetgov.db.owner.password", defaultValue = "postgres")
    String ownerPassword;

    /** The JDBC URL of {@code shard}. */
    public String url(String shard) {
        if (!directory.shards().contains(shard)) {
            throw new IllegalArgumentException("unknown shard " + shard);
        }
        return config.getValue(
                shard.equals(ShardDirectory.MAIN) ? "streetgov.db.url" : "streetgov.shard." + shard + ".url",
                String.class);
    }

    @Override
    public DataSource owner(String shard) {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(url(shard));
        owner.setUser(ownerUser);
        owner.setPassword(ownerPassword);
        return owner;
    }

    @Override
    public String location(String shard) {
        String url = url(shard);
        int params = url.indexOf('?');
        return (params < 0 ? url : url.substring(0, params)).replaceFirst("^jdbc:postgresql://", "");
    }
}
