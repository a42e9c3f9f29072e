package org.partnershipworkshop.dialogue;

import org.partnershipworkshop.survey.DeviceKey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A meeting's feedback form in a backup: exported with its checklist and every answer (only device hashes),
 * restored onto the meeting the backed-up one became, with the same counts, rating and comments — and the
 * phone that answered before can still change its answer rather than add one.
 */
@IntegrationTest
@Tag("postgres")
class FormBackupTest {

    @Autowired
    FormBackup backup;
    @Autowired
    DialogueService dialogue;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;

    @Test
    void aFormWithItsAnswersComesBackOnTheRestoredMeeting() {
        MeetingDetails original = TestData.importExample(interchange, meetings);
        SystemTask.run(() -> dialogue.setChecklist(original.id(), Checklist.ofTexts(original.feedback().willUse())));
        FeedbackForm form = SystemTask.run(() -> dialogue.open(original.id()));
        String code = form.code().value();
        long first = form.items().getFirst().id();
        long last = form.items().getLast().id();
        String phone = DeviceKey.random();
        String client = "backup-" + System.nanoTime();
        dialogue.submit(code, phone, new Answer(Set.of(first, last), 5, "Отлична организация"), client);
        dialogue.submit(code, DeviceKey.random(), new Answer(Set.of(last), 3, null), client);
        SystemTask.run(() -> dialogue.close(original.id()));
        FeedbackResults before = SystemTask.run(() -> dialogue.results(original.id()));

        byte[] part = SystemTask.run(backup::export);
        JsonNode json = Json.MAPPER.readTree(part);
        assertThat(json.get("format").asString()).isEqualTo("workshop-feedback-forms/1");
        JsonNode saved = null;
        for (JsonNode f : json.get("forms")) {
            if (f.get("code").asString().equals(code)) {
                saved = f;
            }
        }
        assertThat(saved).isNotNull();
        assertThat(saved.get("meeting").asLong()).isEqualTo(original.id());
        assertThat(saved.get("items")).hasSize(11);
        assertThat(saved.get("answers")).hasSize(2);
        assertThat(saved.toString()).as("only the device's hash is kept").doesNotContain(phone);

        // the meeting restored elsewhere: here, a new copy of it, and the original gone (with its form)
        MeetingDetails restored = TestData.importExample(interchange, meetings);
        SystemTask.run(() -> {
            meetings.delete(original.id());
            return null;
        });
        SystemTask.run(() -> {
            backup.restore(part, Map.of(original.id(), restored.id()));
            return null;
        });

        FeedbackResults after = SystemTask.run(() -> dialogue.results(restored.id()));
        assertThat(after.code()).isEqualTo(form.code());
        assertThat(after.open()).isFalse();
        assertThat(after.answers()).isEqualTo(before.answers());
        assertThat(after.items()).extracting(FeedbackResults.ItemCount::text, FeedbackResults.ItemCount::count)
                .containsExactlyElementsOf(before.items().stream()
                        .map(i -> org.assertj.core.groups.Tuple.tuple(i.text(), i.count())).toList());
        assertThat(after.ratings()).isEqualTo(before.ratings());
        assertThat(after.comments()).containsExactly("Отлична организация");

        SystemTask.run(() -> dialogue.open(restored.id()));
        assertThat(dialogue.submit(code, phone, new Answer(Set.of(), 4, null), client).updated())
                .as("the phone's earlier answer is recognised after the restore").isTrue();
        assertThat(SystemTask.run(() -> dialogue.results(restored.id())).answers()).isEqualTo(2);
    }
}
