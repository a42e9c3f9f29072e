package org.partnershipworkshop.security;

import java.time.Duration;
import java.util.Optional;
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
 * in front and every failure in the audit log.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

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
        Optional<Duration> wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            audit.recordAs(username, "signin.throttled", "account " + username, "from " + address);
            throw new SignInThrottledException(wait.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username, address);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            audit.recordAs(username, "signin.failed", "account " + username, "from " + address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
