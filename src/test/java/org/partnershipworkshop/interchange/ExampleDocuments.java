package org.partnershipworkshop.interchange;

import java.nio.file.Path;
import java.util.List;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.TemplateCatalogs;
import org.partnershipworkshop.meeting.NewMeeting;

/** Reads meeting documents for tests of other features outside the Spring context. */
public final class ExampleDocuments {

    public static final List<CanvasTemplate> TEMPLATES = TemplateCatalogs.load(Path.of("workshop-templates"));

    private ExampleDocuments() {
    }

    public static NewMeeting read(byte[] document) {
        return new MeetingDocumentReader(id -> TEMPLATES.stream().filter(t -> t.id().equals(id)).findFirst()).read(document);
    }
}
