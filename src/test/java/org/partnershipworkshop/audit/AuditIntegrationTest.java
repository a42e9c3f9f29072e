package org.partnershipworkshop.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Api;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@Tag("postgres")
class AuditIntegrationTest {

    @Autowired
    AuditService audit;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    CanvasService canvases;
    @Autowired
    AccountService accounts;
    @LocalServerPort
    int port;

    @Test
    @WithMockUser(username = "elena", roles = {"FACILITATOR", "MANAGER"})
    void canvasSavesAndMeetingChangesAreRecordedWithWhoAndWhat() {
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        long group = meeting.groups().getFirst().id();
        long revision = canvases.current(group).revision();
        canvases.apply(group, revision, new CanvasEdit.Add("goal", new Note("Повече посетители в сезона")));
        meetings.setFeedback(meeting.id(), meeting.feedback());

        List<AuditEntry> saved = SystemTask.run(() -> audit.search("group " + group, 0, 50));
        assertThat(saved).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("elena");
            assertThat(e.action()).isEqualTo("canvas.saved");
            assertThat(e.detail()).contains("revision " + (revision + 1)).contains("Повече посетители в сезона");
        });
        assertThat(SystemTask.run(() -> audit.search("meeting " + meeting.id(), 0, 50)))
                .extracting(AuditEntry::action).contains("meeting.created", "meeting.updated");
    }

    @Test
    void failedSignInsAreRecorded() {
        new Api(port).get("/api/meetings", Api.basic("nobody-" + System.nanoTime(), "guess"));
        assertThat(SystemTask.run(() -> audit.search("signin.failed", 0, 50))).isNotEmpty();
    }

    @Test
    @WithMockUser(roles = {"FACILITATOR", "MANAGER"})
    void onlyAdminsReadTheLog() {
        assertThatThrownBy(() -> audit.search("", 0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
