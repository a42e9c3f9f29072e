package org.partnershipworkshop.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The addresses each account signed in from successfully within the last {@value #KEEP_DAYS} days (as SHA-256
 * hashes, in the database so every instance knows them). An account is never held back at such an address by
 * what others did on the account or from the address (decision 0165).
 */
@Service
class KnownAddresses {

    static final int KEEP_DAYS = 90;

    private final SignInAddressRepository addresses;
    private final Clock clock;

    KnownAddresses(SignInAddressRepository addresses, Optional<Clock> clock) {
        this.addresses = addresses;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** When the account last signed in from the address, if within the last {@value #KEEP_DAYS} days. */
    @Transactional(readOnly = true)
    public Optional<Instant> lastSuccess(String account, String address) {
        Instant since = clock.instant().minus(Duration.ofDays(KEEP_DAYS));
        return addresses.findById(key(account, address)).map(SignInAddressEntity::lastSuccess).filter(at -> at.isAfter(since));
    }



    /**
     * The account signed in from the address now. Written at most once a day per address ({@code knownSince}: what
     * {@link #lastSuccess} said), so HTTP Basic clients signing in on every request do not write every time.
     */
    @Transactional
    public void remember(String account, String address, Instant knownSince) {
        Instant now = clock.instant();
        if (knownSince != null && knownSince.isAfter(now.minus(Duration.ofDays(1)))) {
            return;
        }
        SignInAddressEntity.Key key = key(account, address);
        addresses.findById(key).ifPresentOrElse(a -> a.succeeded(now),
                () -> addresses.save(new SignInAddressEntity(key, now)));
        addresses.deleteOlderThan(now.minus(Duration.ofDays(KEEP_DAYS)));
    }

    private static SignInAddressEntity.Key key(String account, String address) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            return new SignInAddressEntity.Key(account, HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
