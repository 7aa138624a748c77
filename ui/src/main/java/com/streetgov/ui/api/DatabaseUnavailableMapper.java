package com.streetgov.ui.api;

import com.streetgov.ui.platform.DatabaseOutage;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Persistence and transaction failures as JSON: a database outage is 503 with {@code Retry-After} and
 * a Chinese message (the client retries, with the same {@code Idempotency-Key} for intake); anything
 * else is 500 with a correlation id that is also in the log. Never the exception text, SQL or
 * library names.
 */
public final class DatabaseUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableMapper.class.getName());

    static final String UNAVAILABLE = "数据库暂时不可用，请稍后重试（诉求请用同一 Idempotency-Key 重试，不会重复登记）";

    private DatabaseUnavailableMapper() {}

    static Response toResponse(RuntimeException e) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.log(Level.WARNING, "database unavailable: {0}", String.valueOf(e.getMessage()));
            return Response.fromResponse(
                            ApiError.response(Response.Status.SERVICE_UNAVAILABLE, "database_unavailable", UNAVAILABLE))
                    .header("Retry-After", "2")
                    .build();
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected persistence failure, correlation id " + id, e);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR, "internal_error", "服务器内部错误，请联系管理员并提供编号 " + id);
    }

    /** JPA failures (EclipseLink wraps SQL and connection errors in them). */
    @Provider
    public static final class Persistence implements ExceptionMapper<PersistenceException> {
        @Override
        public Response toResponse(PersistenceException e) {
            return DatabaseUnavailableMapper.toResponse(e);
        }
    }

    /** Failures of {@code @Transactional} methods, including a commit that lost its connection. */
    @Provider
    public static final class Transactional implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException e) {
            return DatabaseUnavailableMapper.toResponse(e);
        }
    }
}
