package org.partnershipworkshop.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.partnershipworkshop.base.RateLimit;
import org.partnershipworkshop.base.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock someone else out (decision 0165). Every attempt takes
 * its tokens from {@link RateLimiter} before the password is checked, so parallel guesses cannot slip past a
 * check together; a right password gives them back.
 * <ul>
 * <li><b>Account at address</b> ({@link #PAIR}): {@value #PAIR_BURST} tries, then one every 30 s, at most
 * {@value #PAIR_HOURLY} an hour. The only limit at an address the account signed in from before.</li>
 * <li><b>Account</b> ({@link #ACCOUNT}, from addresses it never signed in from): {@value #ACCOUNT_HOURLY} an hour,
 * so guessing one account from many addresses is slow, while its owner at a known address is not affected.</li>
 * <li><b>Address</b> ({@link #ADDRESS}, for accounts that never signed in from it): {@value #ADDRESS_BURST} within
 * 10 minutes, so one client trying many names is slow, while everyone behind the same router who signed in
 * there before is not affected.</li>
 * </ul>
 * Every wait ends by itself.
 */
@Component
public class SignInThrottle {

    static final int PAIR_BURST = 5;
    static final int PAIR_HOURLY = 20;
    static final int ACCOUNT_HOURLY = 30;
    static final int ADDRESS_BURST = 50;
    static final RateLimit PAIR = RateLimit.of("signin.pair", PAIR_BURST, Duration.ofSeconds(30L * PAIR_BURST))
            .and(PAIR_HOURLY, Duration.ofHours(1));
    static final RateLimit ACCOUNT = RateLimit.of("signin.account", ACCOUNT_HOURLY, Duration.ofHours(1));
    static final RateLimit ADDRESS = RateLimit.of("signin.address", ADDRESS_BURST, Duration.ofMinutes(10));

    private final RateLimiter limiter;
    private final KnownAddresses known;

    SignInThrottle(RateLimiter limiter, KnownAddresses known) {
        this.limiter = limiter;
        this.known = known;
    }

    /** A sign-in under way: its tokens are taken. */
    public record Attempt(String account, String address, List<RateLimiter.Use> uses, Instant knownSince) {
    }

    /** Takes the attempt's tokens, or throws {@link SignInThrottledException} with the wait (taking nothing). */
    public Attempt begin(String username, String address) {
        String account = account(username);
        String from = address == null ? "unknown" : address;
        Instant knownSince = known.lastSuccess(account, from).orElse(null);
        List<RateLimiter.Use> uses = knownSince != null
                ? List.of(new RateLimiter.Use(PAIR, account + "@" + from))
                : List.of(new RateLimiter.Use(PAIR, account + "@" + from), new RateLimiter.Use(ACCOUNT, account),
                        new RateLimiter.Use(ADDRESS, from));
        RateLimiter.Decision decision = limiter.take(uses);
        if (!decision.allowed()) {
            throw new SignInThrottledException(decision.retryAfter());
        }
        return new Attempt(account, from, uses, knownSince);
    }

    /** The password was right: the attempt does not count, and the address is one this account uses. */
    public void succeeded(Attempt attempt) {
        limiter.reset(PAIR, attempt.account() + "@" + attempt.address());
        attempt.uses().stream().filter(use -> use.limit() != PAIR).forEach(limiter::giveBack);
        known.remember(attempt.account(), attempt.address(), attempt.knownSince());
    }

    /** Names as accounts are looked up: letter case does not matter, and nothing longer than a user name can be. */
    static String account(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() <= 100 ? name : name.substring(0, 100);
    }
}
