package org.partnershipworkshop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context of the test suite (so it starts once): the whole application on a random port,
 * with an in-memory H2 database (or PostgreSQL under the postgres-tests profile) holding the demo
 * meeting. Tests create the data they change.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // The postgres-tests Maven profile points these at a real PostgreSQL server.
        "spring.datasource.url=${workshop.test.datasource-url:jdbc:h2:mem:workshop-test;DB_CLOSE_DELAY=-1}",
        "spring.datasource.username=${workshop.test.datasource-username:sa}",
        "workshop.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
        "workshop.demo=true",
        // A reverse proxy the tests play from this loopback address (docs/SECURITY.md).
        "workshop.trusted-proxies=" + IntegrationTest.TRUSTED_PROXY,
        // Quiet test output: warnings and errors only.
        "spring.main.banner-mode=off", "logging.level.root=warn"})
public @interface IntegrationTest {

    String ADMIN_PASSWORD = "admin-password-for-tests";
    String TRUSTED_PROXY = "127.0.0.7";
}
