package org.partnershipworkshop.base;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/health} says UP once the installation is fully prepared: while {@link StartupWork} still
 * runs (the demo import of a first start, a second or so) it says OUT_OF_SERVICE, although pages are served.
 */
@Component("startup")
class StartupHealth implements HealthIndicator {

    private final StartupWork work;

    StartupHealth(StartupWork work) {
        this.work = work;
    }

    @Override
    public Health health() {
        return work.running().isEmpty() ? Health.up().build() : Health.outOfService().build();
    }
}
