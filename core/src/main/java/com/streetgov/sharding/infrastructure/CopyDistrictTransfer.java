package com.streetgov.sharding.infrastructure;

import com.streetgov.sharding.domain.DistrictTransfer;
import com.streetgov.sharding.domain.TableCheck;
import com.streetgov.tenancy.DistrictId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** The transfer as two owner transactions driving {@link DistrictCopy}. */
@ApplicationScoped
public class CopyDistrictTransfer implements DistrictTransfer {

    private static final Logger LOG = Logger.getLogger(CopyDistrictTransfer.class.getName());

    @Override
    public Result transfer(DistrictId district, DataSource from, DataSource to, Runnable switchOver) {
        try (Connection source = from.getConnection();
                Connection target = to.getConnection()) {
            boolean switched = false;
            try {
                DistrictCopy.begin(source);
                DistrictCopy.begin(target);
                DistrictCopy.lock(source, district);
                List<String> tables = DistrictCopy.tenantTables(source);
                DistrictCopy.copy(source, target, district, tables);
                List<TableCheck> checks = DistrictCopy.check(source, target, district, tables);
                if (!checks.stream().allMatch(TableCheck::equal)) {
                    target.rollback();
                    source.rollback();
                    return new Result(checks, false);
                }
                target.commit();
                switchOver.run();
                switched = true;
                DistrictCopy.removeFrom(source, district, tables);
                source.commit();
                return new Result(checks, true);
            } catch (SQLException | RuntimeException e) {
                rollback(target);
                rollback(source);
                if (switched) {
                    throw new SwitchedButNotRemoved(e);
                }
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("no connection for the transfer of " + district, e);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "rollback after a failed transfer", e);
        }
    }

    /** The copy committed and the directory switched, but the rows could not be removed from the source. */
    static final class SwitchedButNotRemoved extends RuntimeException {
        SwitchedButNotRemoved(Exception cause) {
            super("copied and switched over, but removing the rows from the source failed: " + cause, cause);
        }
    }
}
