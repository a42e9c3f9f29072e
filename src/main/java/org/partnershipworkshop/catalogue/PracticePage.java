package org.partnershipworkshop.catalogue;

import org.partnershipworkshop.canvas.CanvasTemplate;

/** What the practice page shows: the practice, the templates of its two sheets, and whether the user may edit. */
public record PracticePage(PracticeDetails practice, CanvasTemplate passportTemplate, CanvasTemplate cardTemplate,
                           boolean editable) {

    public CanvasTemplate template(PracticeSheet sheet) {
        return sheet == PracticeSheet.PASSPORT ? passportTemplate : cardTemplate;
    }
}
