package org.partnershipworkshop.live.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.canvas.CanvasChanges;
import org.partnershipworkshop.canvas.CanvasEntry;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.FieldKind;
import org.partnershipworkshop.canvas.TemplateField;
import org.partnershipworkshop.canvas.ResourceTotals;
import org.partnershipworkshop.live.ServiceHeadline;
import org.partnershipworkshop.meeting.MeetingDetails.GroupView;

/**
 * One table in the projector's gallery, readable from the back of the room: number and name, whether its
 * laptop is connected and when it last saved, the service it designs, its latest change (lit up for a moment),
 * and how full its canvas is. Clicking it shows the table's whole canvas.
 */
class TableTile extends Div {

    private final GroupView group;
    private final Span presence = new Span();
    private final Span saved = new Span();
    private final Span headlineLabel = new Span();
    private final Div headline = new Div();
    private final Div second = new Div();
    private final Div latest = new Div();
    private final Div stats = new Div();
    private boolean flashOdd;

    TableTile(GroupView group, LongConsumer open) {
        this.group = group;
        addClassName("table-tile");
        getElement().setAttribute("data-table", String.valueOf(group.number()));
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", getTranslation("live.tile.open", group.number(), group.name()));
        Span number = new Span(String.valueOf(group.number()));
        number.addClassName("tile-number");
        Span name = new Span(group.name());
        name.addClassName("tile-name");
        presence.addClassName("tile-presence");
        saved.addClassName("tile-saved");
        Div status = new Div(presence, saved);
        status.addClassName("tile-status");
        Div head = new Div(number, name, status);
        head.addClassName("tile-head");
        headlineLabel.addClassName("tile-headline-label");
        headline.addClassName("tile-headline");
        second.addClassName("tile-second");
        latest.addClassName("tile-latest");
        latest.getElement().setAttribute("aria-live", "polite");
        stats.addClassName("tile-stats");
        add(head, headlineLabel, headline, second, latest, stats);
        addClickListener(e -> open.accept(group.id()));
        getElement().addEventListener("keydown", e -> open.accept(group.id())).setFilter("event.key === 'Enter'");
    }

    long groupId() {
        return group.id();
    }

    int number() {
        return group.number();
    }

    /** Shows the canvas; {@code changes} (since the previous save shown) name the latest change, if any. */
    void show(CanvasSnapshot snapshot, CanvasTemplate template, Language language, CanvasChanges changes) {
        String named = ServiceHeadline.of(template, snapshot.canvas());
        TemplateField naming = ServiceHeadline.field(template, snapshot.canvas());
        headlineLabel.setText(naming.label(language));
        second.removeAll();
        template.fields().stream().filter(f -> f != naming && f.kind() == FieldKind.NOTES)
                .filter(f -> !snapshot.canvas().entries(f.id()).isEmpty()).findFirst().ifPresent(f -> {
                    Span label = new Span(f.label(language));
                    label.addClassName("tile-second-label");
                    second.add(label, new Span(snapshot.canvas().entries(f.id()).getFirst().headline()));
                });
        headline.setText(named == null ? getTranslation("live.tile.empty") : named);
        headline.setClassName("empty", named == null);
        saved.setText(getTranslation("live.tile.saved", clockTime(snapshot.savedAt(), getLocale())));
        Map<String, BigDecimal> totals = ResourceTotals.of(snapshot.canvas());
        String entries = getTranslation("live.tile.entries", snapshot.canvas().entryCount(), snapshot.canvas().partners().size());
        stats.setText(totals.isEmpty() ? entries : entries + " · " + Formats.totals(totals, getLocale()));
        if (changes != null) {
            latestChange(changes, template, language);
        }
    }

    private void latestChange(CanvasChanges changes, CanvasTemplate template, Language language) {
        for (CanvasChanges.FieldChange change : changes.fields().reversed()) {
            CanvasEntry entry = !change.added().isEmpty() ? change.added().getLast()
                    : !change.changed().isEmpty() ? change.changed().getLast().after() : null;
            if (entry != null) {
                String field = template.field(change.fieldId()).map(f -> f.label(language)).orElse(change.fieldId());
                latest.removeAll();
                Span label = new Span(field);
                label.addClassName("tile-latest-label");
                latest.add(label, new Span(EntryText.of(this::getTranslation, getLocale(), entry)));
                removeClassName(flashOdd ? "flash-a" : "flash-b");
                flashOdd = !flashOdd;
                addClassName(flashOdd ? "flash-a" : "flash-b");
                return;
            }
        }
    }

    /** Only the time: on the projector the day is today. */
    static String clockTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(ZoneId.systemDefault())
                .format(instant);
    }

    void presence(int laptops) {
        presence.setText(laptops == 0 ? getTranslation("live.presence.none") : getTranslation("live.presence.laptops", laptops));
        setClassName("connected", laptops > 0);
        getElement().setAttribute("data-laptops", String.valueOf(laptops));
    }

    /** The text of the latest change, as shown. */
    String latestText() {
        return latest.getElement().getTextRecursively();
    }
}
