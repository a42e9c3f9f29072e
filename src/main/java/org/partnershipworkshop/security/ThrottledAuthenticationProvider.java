package org.partnershipworkshop.security;

import java.time.Duration;
import org.partnershipworkshop.audit.AuditService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in (login form and HTTP Basic) through the account store, with {@link SignInThrottle}
 * in front; every failure is in the audit log, and refusals of a held-back sign-in are one entry with a count.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Refusals of one account at one address within this time are one audit entry with a count (decision 0164). */
    static final Duration REPEATS_WINDOW = Duration.ofMinutes(15);

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditService audit;

    ThrottledAuthenticationProvider(AccountService accounts, PasswordEncoder encoder, SignInThrottle throttle,
                                    AuditService audit) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        SignInThrottle.Attempt attempt;
        try {
            attempt = throttle.begin(username, address);
        } catch (SignInThrottledException e) {
            audit.recordRepeated(username, "signin.throttled", "account " + username, "from " + address, REPEATS_WINDOW);
            throw e;
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(attempt);
            return result;
        } catch (BadCredentialsException e) {
            audit.recordAs(username, "signin.failed", "account " + username, "from " + address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
