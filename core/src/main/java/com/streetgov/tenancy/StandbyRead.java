package com.streetgov.tenancy;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read-only application-service operation (dashboards, results, exports) that may read the
 * district's rows from a streaming-replication standby of its shard when one is configured and close
 * enough behind (issue 15 item 3, DD040; {@link Standbys}). Only where the call opens the transaction:
 * called inside a running one it reads where that transaction reads. An operation marked so must not
 * write: a standby refuses every write.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface StandbyRead {}
