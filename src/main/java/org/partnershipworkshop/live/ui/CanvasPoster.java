package org.partnershipworkshop.live.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.canvas.CanvasChanges;
import org.partnershipworkshop.canvas.CanvasEntry;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.Resource;
import org.partnershipworkshop.canvas.ResourceTotals;
import org.partnershipworkshop.canvas.TemplateField;
import org.partnershipworkshop.meeting.MeetingDetails.GroupView;

/**
 * One table's whole canvas on the projector, laid out like the paper diagram, in the largest type that fits
 * the screen without scrolling (the browser shrinks it until every field fits). Fields changed by the latest
 * save light up for a moment.
 */
class CanvasPoster extends Div {

    private static final String FIT = """
            const el = $0;
            requestAnimationFrame(() => {
              let size = 30;
              const fields = () => el.querySelectorAll('.poster-field-entries');
              const over = () => el.scrollHeight > el.clientHeight + 1
                  || [...fields()].some(f => f.scrollHeight > f.clientHeight + 1);
              el.style.fontSize = size + 'px';
              while (over() && size > 11) { size -= 1; el.style.fontSize = size + 'px'; }
            });
            """;

    private final GroupView group;
    private final CanvasTemplate template;
    private final Language language;
    private final Div board = new Div();
    private final Span presence = new Span();
    private final Span saved = new Span();

    CanvasPoster(GroupView group, CanvasTemplate template, Language language) {
        this.group = group;
        this.template = template;
        this.language = language;
        addClassName("canvas-poster");
        getElement().setAttribute("data-table", String.valueOf(group.number()));
        Span number = new Span(String.valueOf(group.number()));
        number.addClassName("tile-number");
        H2 name = new H2(group.name());
        name.addClassName("poster-name");
        presence.addClassName("tile-presence");
        saved.addClassName("tile-saved");
        Div status = new Div(presence, saved);
        status.addClassName("tile-status");
        Div head = new Div(number, name, status);
        head.addClassName("poster-head");
        if (!group.data().members().isEmpty()) {
            Span members = new Span(String.join(", ", group.data().members()));
            members.addClassName("poster-members");
            head.add(members);
        }
        board.addClassName("poster-board");
        board.getStyle().set("--board-columns", String.valueOf(template.boardColumns()));
        board.getStyle().set("--board-rows", String.valueOf(template.boardRows()));
        add(head, board);
    }

    long groupId() {
        return group.id();
    }

    void show(CanvasSnapshot snapshot, CanvasChanges changes) {
        Set<String> changed = changes == null ? Set.of()
                : changes.fields().stream().map(CanvasChanges.FieldChange::fieldId).collect(Collectors.toSet());
        board.removeAll();
        for (TemplateField field : template.fields()) {
            List<CanvasEntry> entries = snapshot.canvas().entries(field.id());
            Div box = new Div();
            box.addClassName("poster-field");
            box.getElement().setAttribute("data-field", field.id());
            box.getStyle().set("grid-column", field.area().column() + " / span " + field.area().columnSpan());
            box.getStyle().set("grid-row", field.area().row() + " / span " + field.area().rowSpan());
            if (changed.contains(field.id())) {
                box.addClassName("flash-a");
            }
            Span label = new Span(field.label(language));
            label.addClassName("poster-field-label");
            Div list = new Div();
            list.addClassName("poster-field-entries");
            entries.forEach(entry -> {
                Div item = new Div(EntryText.of(this::getTranslation, getLocale(), entry));
                item.addClassName("poster-entry");
                item.addClassName("poster-" + entry.kind().id());
                list.add(item);
            });
            box.add(label, list);
            Map<String, BigDecimal> totals = ResourceTotals.of(snapshot.canvas().entries(field.id(), Resource.class));
            if (!totals.isEmpty()) {
                Span total = new Span(getTranslation("canvas.total", Formats.totals(totals, getLocale())));
                total.addClassName("poster-total");
                box.add(total);
            }
            board.add(box);
        }
        saved.setText(getTranslation("live.tile.saved", TableTile.clockTime(snapshot.savedAt(), getLocale())));
        getElement().executeJs(FIT, getElement());
    }

    void presence(int laptops) {
        presence.setText(laptops == 0 ? getTranslation("live.presence.none") : getTranslation("live.presence.laptops", laptops));
        setClassName("connected", laptops > 0);
    }
}
