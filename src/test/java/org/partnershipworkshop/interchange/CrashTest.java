package org.partnershipworkshop.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.support.Api;
import org.partnershipworkshop.support.AppProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * No acknowledged save is lost when the server is killed: tables save in a loop, the process gets
 * kill -9 at a random moment, and after a restart every acknowledged revision is there with its content.
 */
@Tag("process")
class CrashTest {

    private static final String ADMIN = Api.basic("admin", AppProcess.ADMIN_PASSWORD);

    /** What a table last got a 200 for. */
    private record Acknowledged(long groupId, long revision, JsonNode fields) {
    }

    @Test
    void everyAcknowledgedSaveSurvivesKillMinusNine(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("data");
        List<Long> groups;
        try (AppProcess app = new AppProcess(data, Map.of()).start()) {
            long meeting = app.api().get("/api/meetings", ADMIN).json().get(0).get("id").asLong();
            groups = new ArrayList<>();
            for (JsonNode g : app.api().get("/api/meetings/" + meeting + "/groups", ADMIN).json()) {
                groups.add(g.get("id").asLong());
            }
        }
        for (int cycle = 0; cycle < 2; cycle++) {
            List<Acknowledged> acknowledged;
            try (AppProcess app = new AppProcess(data, Map.of()).start()) {
                acknowledged = saveUntilKilled(app, groups.subList(cycle * 2, cycle * 2 + 2));
            }
            assertThat(acknowledged).as("saves acknowledged before the kill").allSatisfy(a -> assertThat(a).isNotNull());
            try (AppProcess restarted = new AppProcess(data, Map.of()).start()) {
                for (Acknowledged last : acknowledged) {
                    JsonNode now = restarted.api().get("/api/groups/" + last.groupId() + "/canvas", ADMIN).json();
                    // A save in flight at the kill may have committed without its answer: never fewer revisions.
                    assertThat(now.get("revision").asLong()).isGreaterThanOrEqualTo(last.revision());
                    JsonNode history = restarted.api().get("/api/groups/" + last.groupId() + "/canvas/revisions", ADMIN).json();
                    JsonNode atAck = null;
                    for (JsonNode r : history) {
                        if (r.get("revision").asLong() == last.revision()) {
                            atAck = r;
                        }
                    }
                    assertThat(atAck).as("revision %d of group %d", last.revision(), last.groupId()).isNotNull();
                    assertThat(atAck.get("fields")).isEqualTo(last.fields());
                }
            }
        }
    }

    /** Two tables save as fast as they can; the process is killed after a random 2–4 s. */
    private static List<Acknowledged> saveUntilKilled(AppProcess app, List<Long> groups) throws InterruptedException {
        AtomicBoolean killed = new AtomicBoolean();
        List<Acknowledged> last = new ArrayList<>(java.util.Collections.nCopies(groups.size(), (Acknowledged) null));
        List<Thread> savers = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            int slot = i;
            long group = groups.get(i);
            savers.add(Thread.ofPlatform().start(() -> {
                Api api = app.api();
                JsonNode current = api.get("/api/groups/" + group + "/canvas", ADMIN).json();
                long revision = current.get("revision").asLong();
                int n = 0;
                while (!killed.get()) {
                    ObjectNode body = Json.MAPPER.createObjectNode();
                    ObjectNode fields = body.putObject("fields");
                    fields.putArray("goal").add("Цел № " + (++n) + " на група " + group);
                    try {
                        Api.Response saved = api.send("PUT", "/api/groups/" + group + "/canvas", ADMIN,
                                Json.MAPPER.writeValueAsBytes(body), "If-Match", "\"" + revision + "\"");
                        if (saved.status() != 200) {
                            throw new AssertionError("save answered " + saved.status() + ": " + saved.body());
                        }
                        revision = saved.json().get("revision").asLong();
                        synchronized (last) {
                            last.set(slot, new Acknowledged(group, revision, saved.json().get("fields")));
                        }
                    } catch (UncheckedIOException connectionLost) {
                        return;
                    }
                }
            }));
        }
        Thread.sleep(ThreadLocalRandom.current().nextLong(2000, 4000));
        killed.set(true);
        app.kill();
        for (Thread saver : savers) {
            saver.join();
        }
        synchronized (last) {
            return new ArrayList<>(last);
        }
    }
}
