package org.partnershipworkshop.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershipworkshop.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * What every Spring test of the suite shares ({@link IntegrationTest}, {@link org.partnershipworkshop.BrowserlessTest}):
 * the application with an in-memory H2 database (or PostgreSQL under the postgres-tests profile) holding the
 * demo meeting, and {@link FixtureCleanup}, which puts that database back after each test class.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(FixtureCleanup.class)
@TestPropertySource(properties = {
        // The postgres-tests Maven profile points these at a real PostgreSQL server.
        "spring.datasource.url=${workshop.test.datasource-url:jdbc:h2:mem:workshop-test;DB_CLOSE_DELAY=-1}",
        "spring.datasource.username=${workshop.test.datasource-username:sa}",
        "workshop.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
        "workshop.demo=true",
        // Quiet test output: warnings and errors only.
        "spring.main.banner-mode=off", "logging.level.root=warn"})
public @interface TestApplication {
}
