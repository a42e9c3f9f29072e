package org.partnershipworkshop.base;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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

    /**
     * The limiter's own few connections (decision 0184). Limits are taken inside services' transactions (a join, a
     * feedback answer), each of which already holds a connection of the application's pool: with the buckets on that
     * same pool, sixteen joins at once held all ten connections and waited for an eleventh. A pool of its own, used
     * only for the moment a token is taken, can never wait for the application's.
     */
    @Bean(destroyMethod = "close")
    @Profile("postgres")
    RateLimitConnections rateLimitConnections(DataSource dataSource) throws java.sql.SQLException {
        return new RateLimitConnections(dataSource);
    }

    /** A small Hikari pool with the application's connection settings, for the buckets only. */
    static final class RateLimitConnections implements AutoCloseable {
        static final int SIZE = 4;
        private final DataSource dataSource;
        private final HikariDataSource own;

        RateLimitConnections(DataSource application) throws java.sql.SQLException {
            if (application.isWrapperFor(HikariDataSource.class)) {
                HikariConfig config = new HikariConfig();
                application.unwrap(HikariDataSource.class).copyStateTo(config);
                config.setPoolName("rate-limit");
                config.setMaximumPoolSize(SIZE);
                config.setMinimumIdle(1);
                this.own = new HikariDataSource(config);
                this.dataSource = own;
            } else {
                log.warn("The data source is not a Hikari pool; the rate limiter shares it (see decision 0184)");
                this.own = null;
                this.dataSource = application;
            }
        }

        DataSource dataSource() {
            return dataSource;
        }

        @Override
        public void close() {
            if (own != null) {
                own.close();
            }
        }
    }

    @Bean
    @Profile("postgres")
    RateLimiter databaseRateLimiter(RateLimitConnections connections, Optional<Clock> clock,
                                    ScheduledExecutorService rateLimitPruner) {
        PostgreSQLSelectForUpdateBasedProxyManager<String> buckets = Bucket4jPostgreSQL
                .selectForUpdateBasedBuilder(connections.dataSource())
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
