package org.partnershipworkshop.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.LanguageSwitch;
import org.partnershipworkshop.catalogue.PracticeDetails;
import org.partnershipworkshop.catalogue.PracticeFacts;
import org.partnershipworkshop.catalogue.PracticePeriod;
import org.partnershipworkshop.meeting.Presentation;

/** The practice page's titles: the name (kept in step with the passport), the facts, where it was presented. */
class PracticeTitles extends Div {

    private final H1 title = new H1();

    PracticeTitles(PracticeDetails practice) {
        addClassName("practice-titles");
        title.addClassName("practice-title");
        showTitle(practice.title());
        PracticeFacts f = practice.facts();
        Paragraph meta = new Paragraph(Stream.of(f.region(), PracticePeriod.text(f, this::getTranslation),
                f.targetGroup() == null ? null : getTranslation("practice.for", f.targetGroup()),
                LanguageSwitch.nativeName(f.language())).filter(Objects::nonNull).collect(Collectors.joining(" · ")));
        meta.addClassName("practice-meta");
        add(title, meta, presentedAt(practice));
    }

    void showTitle(String text) {
        title.setText(text == null ? getTranslation("practice.untitled") : text);
    }

    private Component presentedAt(PracticeDetails practice) {
        PracticeDetails.PresentedAt at = practice.presentedAt();
        Paragraph line = new Paragraph();
        line.addClassName("practice-presented");
        if (at.meetingTitle() == null) {
            line.setText(getTranslation("practice.standsAlone.long"));
            return line;
        }
        line.add(new Span(getTranslation("practice.presentedAt") + ": "));
        Anchor meeting = new Anchor("meetings/" + practice.facts().meetingId(), at.meetingTitle());
        meeting.addClassName("practice-meeting-link");
        line.add(meeting, new Span(" · " + Formats.dates(at.meetingStart(), at.meetingEnd(), getLocale())));
        Presentation p = at.presentation();
        if (p != null) {
            String who = Stream.of(p.speaker(), p.organization()).filter(Objects::nonNull).collect(Collectors.joining(", "));
            line.add(new Span(" · " + (who.isEmpty() ? getTranslation("practice.quoted", p.title())
                    : getTranslation("practice.presentedBy", who, p.title()))));
        }
        return line;
    }
}
