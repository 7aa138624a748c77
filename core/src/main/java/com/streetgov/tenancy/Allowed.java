package com.streetgov.tenancy;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an application service's operation; on the type it is the default for every
 * public method, on a method it replaces the type's. {@link AccessInterceptor} enforces it with
 * {@link AccessPolicy}. The system may call everything.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {

    @Nonbinding
    CallerRole[] value();

    /** Whether a vendor operator who logged a reason for reviewing the district may call it (reads only). */
    @Nonbinding
    boolean vendorReview() default false;
}
