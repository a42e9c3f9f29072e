package org.partnershipworkshop.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.support.JsonCompare;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
@Tag("postgres")
class InterchangeIntegrationTest {

    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;

    @Test
    void theExampleExportedAfterImportEqualsTheExample() {
        MeetingDetails imported = TestData.importExample(interchange, meetings);
        JsonNode exported = SystemTask.run(() -> interchange.export(imported.id()));
        JsonNode example = Json.MAPPER.readTree(TestData.example());
        assertThat(JsonCompare.differences(example, exported, Set.of())).isEmpty();
    }

    @Test
    void aDocumentExportedAndImportedAgainGivesTheSameDocument() {
        MeetingDetails first = TestData.importExample(interchange, meetings);
        byte[] exported = SystemTask.run(() -> interchange.exportBytes(first.id()));
        long second = SystemTask.run(() -> interchange.importMeeting(exported));
        assertThat(second).isNotEqualTo(first.id());
        JsonNode again = SystemTask.run(() -> interchange.export(second));
        assertThat(JsonCompare.differences(Json.MAPPER.readTree(exported), again, Set.of())).isEmpty();
    }

    @Test
    void anInvalidDocumentWritesNothing() {
        int before = SystemTask.run(() -> meetings.list().size());
        ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(TestData.example());
        // Valid up to the last group, so a half-done import would have written eight groups.
        ((ObjectNode) doc.get("meeting").get("groups").get(8)).put("template", "no-such-template");
        byte[] bytes = Json.MAPPER.writeValueAsBytes(doc);
        assertThatThrownBy(() -> SystemTask.run(() -> interchange.importMeeting(bytes)))
                .isInstanceOf(ValidationFailedException.class);
        assertThat(SystemTask.run(() -> meetings.list().size())).isEqualTo(before);
    }

    @Test
    void theDemoMeetingWasImportedOnFirstStart() {
        assertThat(SystemTask.run(() -> meetings.list()))
                .anySatisfy(m -> {
                    assertThat(m.title()).isEqualTo("Партньорствата - инструмент за иновативни услуги в библиотеките");
                    assertThat(m.groupCount()).isEqualTo(9);
                });
    }
}
