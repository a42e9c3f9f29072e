package org.partnershipworkshop.base;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as the system, with every right, through the services: start-up work (the demo import) and
 * server-side caches that must not depend on who happened to trigger them (the partner network).
 * <p>
 * The work runs on a thread of its own, in its own transaction: inside a Vaadin request Spring Security's
 * context comes from the user's session, so the system's rights could not be set on the caller's thread.
 */
public final class SystemTask {

    private SystemTask() {
    }

    public static <T> T run(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = Thread.ofVirtual().name("system-task").start(() -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                    AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_FACILITATOR", "ROLE_MANAGER")));
            SecurityContextHolder.setContext(context);
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the system task ran", e);
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
        return result.get();
    }
}
