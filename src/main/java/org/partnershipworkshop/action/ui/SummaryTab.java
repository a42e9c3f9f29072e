package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The regional summary's downloads: the PDF and the DOCX for the directors' meeting, the letters of thanks. */
class SummaryTab extends Div {

    SummaryTab(long actionId) {
        addClassName("action-summary");
        add(new Paragraph(getTranslation("action.summary.help")));
    }
}
