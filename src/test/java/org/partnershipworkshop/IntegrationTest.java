package org.partnershipworkshop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.partnershipworkshop.support.TestApplication;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the whole application on a random port (the suite's one such Spring context, so it starts once
 * per JVM), tagged "integration": it runs in the second tier, `./mvnw verify` (failsafe). Each test class
 * gets the demo as it was and leaves it so ({@link TestApplication}); what it creates is removed after it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("integration")
@TestApplication
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface IntegrationTest {

    String ADMIN_PASSWORD = "admin-password-for-tests";
}
