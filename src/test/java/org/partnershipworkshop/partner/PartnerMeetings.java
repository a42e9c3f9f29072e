package org.partnershipworkshop.partner;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Small meetings for registry tests, imported like any other. Partner names carry a word unique to the test
 * run ({@link #unique()}), so tests sharing the one Spring context never meet each other's partners.
 */
public final class PartnerMeetings {

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 100_000);
    private static final String LETTERS = "бвгдежзиклмнпрстуфхцчшщ";

    private PartnerMeetings() {
    }

    /** A Cyrillic word no other test uses, e.g. "Кжнр". */
    public static String unique() {
        long n = COUNTER.incrementAndGet();
        StringBuilder word = new StringBuilder();
        do {
            word.append(LETTERS.charAt((int) (n % LETTERS.length())));
            n /= LETTERS.length();
        } while (n > 0);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1) + "ов";
    }

    /** A group: its name, target group and partners ({name, type?, role?}). */
    public record Group(String name, String targetGroup, List<String[]> partners) {
    }

    public static String[] partner(String name, String type, String role) {
        return new String[] {name, type, role};
    }

    public static List<String[]> partners(String[]... entries) {
        return List.of(entries);
    }

    public static String[] partner(String name) {
        return new String[] {name, null, null};
    }

    /** Imports a meeting of these groups (numbered from 1) in region {@code region}. */
    public static MeetingDetails importMeeting(InterchangeService interchange, MeetingService meetings, String title,
                                        String region, List<Group> groups) {
        ObjectNode doc = Json.MAPPER.createObjectNode().put("format", "workshop-meeting/1");
        ObjectNode m = doc.putObject("meeting").put("title", title).put("language", "bg")
                .put("startDate", "2024-03-01").put("endDate", "2024-03-01");
        m.putArray("regions").add(region);
        ArrayNode gs = m.putArray("groups");
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            ObjectNode group = gs.addObject().put("number", i + 1).put("name", g.name()).put("template", "smart-diagram");
            ObjectNode canvas = group.putObject("canvas");
            if (g.targetGroup() != null) {
                canvas.putArray("targetGroup").add(g.targetGroup());
            }
            ArrayNode ps = canvas.putArray("partners");
            for (String[] p : g.partners()) {
                ObjectNode entry = ps.addObject().put("name", p[0]);
                if (p[1] != null) {
                    entry.put("type", p[1]);
                }
                if (p[2] != null) {
                    entry.put("role", p[2]);
                }
            }
        }
        byte[] bytes = Json.MAPPER.writeValueAsBytes(doc);
        return SystemTask.run(() -> meetings.details(interchange.importMeeting(bytes)));
    }
}
