package org.partnershipworkshop.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingDetails.PresentationView;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.meeting.Presentation;
import org.partnershipworkshop.support.JsonCompare;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan of programme items — day, time, place, responsible person — saved by the service, written to the
 * interchange document as our extension members ({@code startsAt}, {@code place}, {@code responsible}) and
 * read back exactly; a document without them reads as before.
 */
@IntegrationTest
@Tag("postgres")
class ProgrammePlanTest {

    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;

    private static PresentationView first(MeetingDetails m) {
        return m.sessions().getFirst().presentations().getFirst();
    }

    @Test
    void theServiceKeepsThePlanOfAnItem() {
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        long session = meeting.sessions().getFirst().id();
        Presentation planned = new Presentation("Сипцова Л.А.", null, "Псковска ОУНБ", "Ден на методиста", null,
                LocalDate.of(2012, 5, 17), LocalTime.of(14, 30, 45), "Зала „Родопи“", "Трофимова В.В.");
        long id = SystemTask.run(() -> meetings.addPresentation(session, planned));
        Presentation read = SystemTask.run(() -> meetings.details(meeting.id())).sessions().getFirst().presentations()
                .stream().filter(p -> p.id() == id).findFirst().orElseThrow().presentation();
        assertThat(read.date()).isEqualTo(LocalDate.of(2012, 5, 17));
        assertThat(read.time()).as("kept to the minute").isEqualTo(LocalTime.of(14, 30));
        assertThat(read.place()).isEqualTo("Зала „Родопи“");
        assertThat(read.responsible()).isEqualTo("Трофимова В.В.");

        Presentation dayOnly = new Presentation(null, null, null, "Ден на методиста", null, LocalDate.of(2012, 5, 18),
                null, null, null);
        SystemTask.run(() -> {
            meetings.updatePresentation(id, dayOnly);
            return null;
        });
        Presentation updated = SystemTask.run(() -> meetings.details(meeting.id())).sessions().getFirst().presentations()
                .stream().filter(p -> p.id() == id).findFirst().orElseThrow().presentation();
        assertThat(updated).isEqualTo(dayOnly);
        assertThat(updated.place()).isNull();

        assertThatThrownBy(() -> new Presentation(null, null, null, "Без ден", null, null, LocalTime.NOON, null, null))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.violations().getFirst().key()).isEqualTo("programme.error.timeWithoutDate"));
        assertThatThrownBy(() -> new Presentation(null, null, null, "Дълго място", null, null, null, "x".repeat(2001), null))
                .isInstanceOf(ValidationFailedException.class);
        assertThat(new Presentation("a", "b", "c", "d", "e").hasPlan()).isFalse();
    }

    @Test
    void thePlanTravelsInTheDocumentAndComesBackExactly() {
        ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(TestData.example());
        ObjectNode opening = (ObjectNode) doc.get("meeting").get("sessions").get(0).get("presentations").get(0);
        opening.put("startsAt", "2012-05-17T10:30").put("place", "Конферентна зала").put("responsible", "Наталия Георгиева");
        ObjectNode second = (ObjectNode) doc.get("meeting").get("sessions").get(0).get("presentations").get(1);
        second.put("startsAt", "2012-05-17");
        byte[] bytes = Json.MAPPER.writeValueAsBytes(doc);

        long id = SystemTask.run(() -> interchange.importMeeting(bytes));
        MeetingDetails imported = SystemTask.run(() -> meetings.details(id));
        Presentation p = first(imported).presentation();
        assertThat(p.date()).isEqualTo(LocalDate.of(2012, 5, 17));
        assertThat(p.time()).isEqualTo(LocalTime.of(10, 30));
        assertThat(p.place()).isEqualTo("Конферентна зала");
        assertThat(p.responsible()).isEqualTo("Наталия Георгиева");
        assertThat(imported.sessions().getFirst().presentations().get(1).presentation().time()).isNull();

        JsonNode exported = SystemTask.run(() -> interchange.export(id));
        assertThat(JsonCompare.differences(doc, exported, Set.of())).isEmpty();
        JsonNode written = exported.get("meeting").get("sessions").get(0).get("presentations");
        assertThat(written.get(0).get("startsAt").asString()).isEqualTo("2012-05-17T10:30");
        assertThat(written.get(1).get("startsAt").asString()).isEqualTo("2012-05-17");
        assertThat(written.get(2).has("startsAt")).as("nothing written for an item without a plan").isFalse();

        long again = SystemTask.run(() -> interchange.importMeeting(Json.MAPPER.writeValueAsBytes(exported)));
        assertThat(JsonCompare.differences(exported, SystemTask.run(() -> interchange.export(again)), Set.of())).isEmpty();
    }

    @Test
    void aStartThatIsNoDateIsRefusedWithItsPath() {
        ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(TestData.example());
        ((ObjectNode) doc.get("meeting").get("sessions").get(1).get("presentations").get(0)).put("startsAt", "утре в 10");
        byte[] bytes = Json.MAPPER.writeValueAsBytes(doc);
        int before = SystemTask.run(() -> meetings.list().size());
        assertThatThrownBy(() -> SystemTask.run(() -> interchange.importMeeting(bytes)))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> {
                            assertThat(v.path()).isEqualTo("meeting.sessions[1].presentations[0].startsAt");
                            assertThat(v.key()).isEqualTo("programme.error.startsAt");
                        }));
        assertThat(SystemTask.run(() -> meetings.list().size())).isEqualTo(before);
    }
}
