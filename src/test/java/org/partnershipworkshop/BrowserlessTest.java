package org.partnershipworkshop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.partnershipworkshop.support.TestApplication;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Vaadin view driven without a browser ({@code SpringBrowserlessTest}), tagged "browserless": it runs in the
 * first tier, `./mvnw test` (surefire), with the unit tests. The same Spring context as {@link IntegrationTest}
 * (one per JVM whichever tests run together: Vaadin installs its own security context holder when a context
 * starts, and services called as the system would not see the rights given on another context's holder),
 * the same database and clean-up ({@link TestApplication}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browserless")
@TestApplication
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface BrowserlessTest {
}
