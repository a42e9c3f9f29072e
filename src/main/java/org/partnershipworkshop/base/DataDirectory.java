package org.partnershipworkshop.base;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves WORKSHOP_DATA_DIR (default {@code ./data}) to an absolute path before the database URL is
 * built from it: H2 refuses file paths that are only implicitly relative, such as {@code data}.
 */
public class DataDirectory implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("WORKSHOP_DATA_DIR", environment.getProperty("workshop.data-dir", "./data"));
        String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
        environment.getPropertySources().addFirst(new MapPropertySource("workshopDataDirectory",
                Map.of("workshop.data-dir", absolute)));
    }
}
