package com.streetgov.tenancy;

import com.streetgov.text.Text;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Enforces {@link Allowed} on every call of an application service, before its transaction opens: the
 * screens hide what a role may not do, this refuses it whoever calls (a view, the REST API, Open311,
 * background work). Outside any request context there is no caller, so the call is refused.
 */
@Allowed({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AccessInterceptor {

    private static final Logger LOG = Logger.getLogger(AccessInterceptor.class.getName());

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CurrentDistrict currentDistrict;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        Allowed rule = ruleOf(method);
        String operation = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        Optional<Caller> caller;
        Optional<DistrictId> district;
        try {
            caller = currentCaller.get();
            district = currentDistrict.get();
        } catch (ContextNotActiveException e) {
            caller = Optional.empty();
            district = Optional.empty();
        }
        Optional<Text> refusal = AccessPolicy.refusal(caller, rule, district, operation);
        if (refusal.isPresent()) {
            String who = caller.map(Caller::name).orElse("(none)");
            LOG.warning(() ->
                    "refused " + operation + " to " + who + ": " + refusal.get().inDefaultLanguage());
            throw new AccessRefusedException(refusal.get());
        }
        return invocation.proceed();
    }

    /** The method's rule, else its class's. */
    static Allowed ruleOf(Method method) {
        Allowed onMethod = method.getAnnotation(Allowed.class);
        return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(Allowed.class);
    }
}
