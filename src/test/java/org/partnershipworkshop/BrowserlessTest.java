package org.partnershipworkshop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.partnershipworkshop.support.TestApplication;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Vaadin view driven without a browser ({@code SpringBrowserlessTest}) on the application's Spring context
 * without an HTTP server, tagged "browserless": it runs in the first tier, `./mvnw test` (surefire), with the
 * unit tests. Same database and clean-up as {@link IntegrationTest} ({@link TestApplication}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browserless")
@TestApplication
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
public @interface BrowserlessTest {
}
