package org.partnershipworkshop.support;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.partnershipworkshop.base.StartupWork;
import org.partnershipworkshop.canvas.CanvasSaved;
import org.partnershipworkshop.meeting.MeetingChanged;
import org.partnershipworkshop.partner.RegistryChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every Spring test class leaves the database as it found it: the shared fixture (the demo meeting and
 * practice, the first admin) is read once, before the first test class of the JVM's context; after each
 * class, every table that differs is put back (so a class removes what it created and undoes what it changed,
 * whatever the feature), and the application's in-memory copies of stored data are told to read again. Test
 * classes may keep data between their own methods; no class sees another's. Decision 0086.
 */
public final class FixtureCleanup implements BeforeAllCallback, AfterAllCallback {

    private static final Logger log = LoggerFactory.getLogger(FixtureCleanup.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (topLevel(context)) {
            fixture(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (topLevel(context)) {
            fixture(context).restore(context.getRequiredTestClass().getSimpleName());
        }
    }

    private static boolean topLevel(ExtensionContext context) {
        return context.getParent().flatMap(ExtensionContext::getTestClass).isEmpty();
    }

    /** The fixture of the class's application context, read on first use (the store outlives every class). */
    private static Fixture fixture(ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        return context.getRoot().getStore(ExtensionContext.Namespace.create(FixtureCleanup.class))
                .computeIfAbsent(application.getBean(DataSource.class), key -> new Fixture(application), Fixture.class);
    }

    private static final class Fixture {

        private final ApplicationContext application;
        private final DataSource dataSource;
        private final DatabaseSnapshot snapshot;

        Fixture(ApplicationContext application) {
            this.application = application;
            this.dataSource = application.getBean(DataSource.class);
            awaitStartupWork(application);
            this.snapshot = DatabaseSnapshot.take(dataSource);
        }

        /** The demo is imported in the background after start; the fixture is the installation with it. */
        private static void awaitStartupWork(ApplicationContext application) {
            try {
                if (!application.getBean(StartupWork.class).awaitDone(Duration.ofMinutes(3))) {
                    throw new IllegalStateException("the demo was not ready within 3 minutes");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void restore(String testClass) {
            DatabaseSnapshot now = DatabaseSnapshot.take(dataSource);
            Set<String> changed = snapshot.changedTables(now);
            for (int attempt = 1; !changed.isEmpty(); attempt++) {
                if (attempt > 3) {
                    throw new IllegalStateException("after " + testClass + " the tables " + changed
                            + " keep changing: something still writes after the class ended");
                }
                log.debug("{} changed {}; putting them back", testClass, changed);
                snapshot.restore(dataSource, changed);
                readAgain(now);
                now = DatabaseSnapshot.take(dataSource);
                changed = snapshot.changedTables(now);
            }
        }

        /**
         * Caches of stored data forget what the class left: every meeting that was or is there, every canvas,
         * the partner registry (listeners act after the commit, as after a change through the services).
         */
        private void readAgain(DatabaseSnapshot before) {
            Set<Object> meetings = new HashSet<>(snapshot.values("meeting", "id"));
            meetings.addAll(before.values("meeting", "id"));
            Set<Object> groups = new HashSet<>(snapshot.values("canvas", "group_id"));
            groups.addAll(before.values("canvas", "group_id"));
            new TransactionTemplate(application.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
                meetings.forEach(id -> application.publishEvent(new MeetingChanged(((Number) id).longValue())));
                groups.forEach(id -> application.publishEvent(
                        new CanvasSaved(((Number) id).longValue(), 0, Instant.now(), "test fixture")));
                application.publishEvent(new RegistryChanged());
            });
        }
    }
}
