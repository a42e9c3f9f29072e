package org.partnershipworkshop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application in a separate JVM (the test's classpath, production-mode UI, its own H2 file
 * database), for tests that must kill it or that need a second, empty installation.
 */
public final class AppProcess implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "admin-password-of-the-process";

    private final Path dataDir;
    private final Map<String, String> environment;
    private final int port;
    private final Path log;
    private Process process;

    public AppProcess(Path dataDir, Map<String, String> environment) {
        this.dataDir = dataDir;
        this.environment = environment;
        this.port = freePort();
        this.log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    public int port() {
        return port;
    }

    public Api api() {
        return new Api(port);
    }

    /** Starts the application and waits until it answers health checks. */
    public AppProcess start() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Quick to start on two cores (docs/PERFORMANCE.md, start-up): C1 only, the parallel collector.
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Dvaadin.productionMode=true",
                "-cp", System.getProperty("java.class.path"),
                "org.partnershipworkshop.Application",
                "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("WORKSHOP_DATA_DIR", dataDir.toString());
        builder.environment().put("WORKSHOP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // The embedded database unless the caller asks for another profile.
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited; see " + log);
            }
            try {
                if (api().get("/actuator/health", null).status() == 200) {
                    return this;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            sleep(250);
        }
        throw new IllegalStateException("the application did not start within 120 s; see " + log);
    }

    /** kill -9: no shutdown hooks, no flushing. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
