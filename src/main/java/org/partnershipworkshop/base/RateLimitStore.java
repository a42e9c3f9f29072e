package org.partnershipworkshop.base;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Where the rate limiter keeps its buckets (decision 0163). By default in this instance's memory: a Caffeine cache
 * of at most {@value #MAX_BUCKETS} buckets, each dropped {@value #KEEP_SECONDS} s after it filled up again. On the
 * {@code postgres} profile, where several instances serve one installation (decision 0010), in the table
 * {@code rate_limit_bucket}, locked per row while a token is taken ({@code SELECT … FOR UPDATE}), with rows past
 * their expiry deleted once a minute. Time is the wall clock (the {@link Clock} bean when there is one), the same
 * on every instance.
 */
@Configuration
class RateLimitStore {

    static final int MAX_BUCKETS = 200_000;
    static final int KEEP_SECONDS = 60;
    private static final Logger log = LoggerFactory.getLogger(RateLimitStore.class);

    @Bean
    @Profile("!postgres")
    RateLimiter memoryRateLimiter(Optional<Clock> clock) {
        return RateLimiter.inMemory(clock.orElse(Clock.systemUTC()));
    }

    @Bean(destroyMethod = "shutdownNow")
    @Profile("postgres")
    ScheduledExecutorService rateLimitPruner() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rate-limit-pruner");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    @Profile("postgres")
    RateLimiter databaseRateLimiter(DataSource dataSource, Optional<Clock> clock, ScheduledExecutorService rateLimitPruner) {
        PostgreSQLSelectForUpdateBasedProxyManager<String> buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(KEEP_SECONDS)))
                .clientClock(wallClock(clock.orElse(Clock.systemUTC())))
                .build();
        rateLimitPruner.scheduleWithFixedDelay(() -> {
            try {
                int removed;
                do {
                    removed = buckets.removeExpired(1_000);
                } while (removed == 1_000);
            } catch (RuntimeException e) {
                log.warn("Could not prune expired rate limit buckets; trying again in a minute", e);
            }
        }, 1, 1, TimeUnit.MINUTES);
        return new RateLimiter(buckets);
    }

    static TimeMeter wallClock(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
