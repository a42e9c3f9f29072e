package org.partnershipworkshop.catalogue;

import java.util.List;
import org.partnershipworkshop.canvas.CanvasTemplate;

/** The practice document reader ({@code workshop-practice/1}) for tests outside the feature, e.g. the readers' fuzz test. */
public final class PracticeReaderAccess {

    private final PracticeDocument document;

    public PracticeReaderAccess(List<CanvasTemplate> templates) {
        this.document = new PracticeDocument(sheet -> templates.stream().filter(t -> t.id().equals(sheet.templateId()))
                .findFirst().orElseThrow());
    }

    public Object read(byte[] content) {
        return document.read(content);
    }
}
