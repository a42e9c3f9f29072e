package org.partnershipworkshop.proceedings;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Messages;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.interchange.ExampleDocuments;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingDetails.GroupView;
import org.partnershipworkshop.meeting.MeetingDetails.PresentationView;
import org.partnershipworkshop.meeting.MeetingDetails.SessionView;
import org.partnershipworkshop.meeting.NewMeeting;
import org.partnershipworkshop.meeting.Session;
import org.partnershipworkshop.live.VotingResults;
import org.partnershipworkshop.proceedings.pdf.Proceedings;
import org.partnershipworkshop.proceedings.pdf.ProceedingsPdf;
import org.partnershipworkshop.support.TestData;

/**
 * Read models and PDFs of meetings without a database: a meeting document turned into what the services
 * answer. Public for the layout tests of the {@code pdf} package.
 */
public final class ProceedingsFixtures {

    static final Messages MESSAGES = new Messages();

    private ProceedingsFixtures() {
    }

    public static NewMeeting demo() {
        return ExampleDocuments.read(TestData.example());
    }

    /** The meeting as {@code MeetingService.details} would answer it; group ids are 100 + position. */
    static MeetingDetails details(NewMeeting meeting) {
        List<SessionView> sessions = new ArrayList<>();
        long id = 1;
        for (Session s : meeting.sessions()) {
            List<PresentationView> presentations = new ArrayList<>();
            for (var p : s.presentations()) {
                presentations.add(new PresentationView(id++, p));
            }
            sessions.add(new SessionView(id++, s.title(), presentations));
        }
        List<GroupView> groups = new ArrayList<>();
        for (int i = 0; i < meeting.groups().size(); i++) {
            groups.add(new GroupView(100 + i, 1, meeting.groups().get(i).group()));
        }
        return new MeetingDetails(1, 0, meeting.facts(), meeting.people(), sessions, groups, meeting.feedback());
    }

    static Map<Long, CanvasSnapshot> canvases(NewMeeting meeting) {
        Map<Long, CanvasSnapshot> canvases = new LinkedHashMap<>();
        for (int i = 0; i < meeting.groups().size(); i++) {
            NewMeeting.NewGroup g = meeting.groups().get(i);
            canvases.put(100L + i, new CanvasSnapshot(100 + i, g.group().templateId(), 1, g.canvas(), Instant.EPOCH, "test"));
        }
        return canvases;
    }

    static Optional<CanvasTemplate> template(String id) {
        return ExampleDocuments.TEMPLATES.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public static Proceedings model(NewMeeting meeting, Optional<VotingResults> votes) {
        Language language = meeting.facts().language();
        return new ProceedingsAssembler(ProceedingsFixtures::template, new MeetingLabels(MESSAGES, language), language)
                .assemble(details(meeting), canvases(meeting), votes);
    }

    static byte[] pdf(Proceedings model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProceedingsPdf.write(model, new MeetingLabels(MESSAGES, model.language()), out, ProceedingsPdf.Progress.NONE);
        return out.toByteArray();
    }
}
