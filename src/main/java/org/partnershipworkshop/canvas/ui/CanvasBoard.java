package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.FieldKind;
import org.partnershipworkshop.canvas.Indicator;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.canvas.Resource;
import org.partnershipworkshop.canvas.ResourceTotals;
import org.partnershipworkshop.canvas.SuggestedPartner;
import org.partnershipworkshop.canvas.Target;
import org.partnershipworkshop.canvas.TemplateField;

/**
 * The smart diagram as a board: the template's areas on a grid like the paper canvas, each with its
 * guiding question and entries. Labels follow the meeting's language; controls follow the interface's.
 */
public class CanvasBoard extends Div {

    /**
     * Where partner names are suggested from while typing, the type last used for a known name, and the
     * partners to suggest for the canvas as it stands (shown under the partner area).
     */
    public record PartnerLookup(BiFunction<String, Integer, List<String>> suggestions,
                                Function<String, Optional<PartnerEntry>> known,
                                Function<Canvas, List<SuggestedPartner>> forCanvas) {
        public static final PartnerLookup NONE = new PartnerLookup((filter, limit) -> List.of(), name -> Optional.empty());

        public PartnerLookup(BiFunction<String, Integer, List<String>> suggestions,
                             Function<String, Optional<PartnerEntry>> known) {
            this(suggestions, known, canvas -> List.of());
        }
    }

    private final List<FieldArea<?>> areas = new ArrayList<>();
    private final Map<String, Span> totals = new java.util.HashMap<>();
    private final List<PartnerSuggestionStrip> suggestionStrips = new ArrayList<>();
    private final Function<Canvas, List<SuggestedPartner>> partnersFor;
    private Canvas shown = Canvas.EMPTY;
    private Canvas suggestedFor;

    public CanvasBoard(CanvasTemplate template, Language contentLanguage, Canvas initial, boolean editable,
                       Consumer<CanvasEdit> edits, PartnerLookup partners) {
        addClassName("canvas-board");
        this.partnersFor = partners.forCanvas();
        getStyle().set("--board-columns", String.valueOf(template.boardColumns()));
        String currency = defaultCurrency(initial, contentLanguage);
        for (TemplateField field : template.fields()) {
            FieldArea<?> area = switch (field.kind()) {
                case NOTES -> new FieldArea<>(field, contentLanguage, Note.class,
                        () -> new NoteEditor(field.label(contentLanguage), getTranslation("canvas.note.placeholder")),
                        edits, editable);
                case RESOURCES -> new FieldArea<>(field, contentLanguage, Resource.class,
                        () -> new ResourceEditor(getTranslation("canvas.resource.item"),
                                getTranslation("canvas.resource.amount"), getTranslation("canvas.resource.currency"), currency),
                        edits, editable);
                case PARTNERS -> new FieldArea<>(field, contentLanguage, PartnerEntry.class,
                        () -> new PartnerEditor(this::getTranslation, partners.suggestions(), partners.known()),
                        edits, editable);
                case INDICATORS -> new FieldArea<>(field, contentLanguage, Indicator.class,
                        () -> new IndicatorEditor(this::getTranslation), edits, editable);
                case TARGETS -> new FieldArea<>(field, contentLanguage, Target.class,
                        () -> new TargetEditor(this::getTranslation), edits, editable);
            };
            if (field.kind() == FieldKind.RESOURCES) {
                Span total = new Span();
                total.addClassName("resource-total");
                total.getElement().setAttribute("aria-live", "polite");
                area.footer().addComponentAsFirst(total);
                totals.put(field.id(), total);
            }
            if (field.kind() == FieldKind.PARTNERS && editable) {
                PartnerSuggestionStrip strip = new PartnerSuggestionStrip(
                        s -> edits.accept(new CanvasEdit.Add(field.id(), s.entry())));
                area.footer().add(strip);
                suggestionStrips.add(strip);
            }
            areas.add(area);
            add(area);
        }
        show(initial);
    }

    /** Shows a saved canvas; rows whose entry did not change are left alone. */
    public void show(Canvas canvas) {
        show(canvas, false);
    }

    /**
     * Shows a saved canvas, leaving alone the rows whose entry did not change and the row the user is typing
     * in. {@code remote}: the change came from elsewhere, so changed rows are briefly marked. Returns false
     * when the user's row was held because its entry was changed elsewhere ({@link #onCaughtUp} tells when
     * the user let go of it).
     */
    public boolean show(Canvas canvas, boolean remote) {
        if (!suggestionStrips.isEmpty() && !canvas.equals(suggestedFor)) {
            suggestedFor = canvas;
            List<SuggestedPartner> suggested = partnersFor.apply(canvas);
            suggestionStrips.forEach(strip -> strip.show(suggested));
        }
        shown = canvas;
        boolean complete = true;
        for (FieldArea<?> area : areas) {
            complete &= area.show(canvas.entries(area.fieldId()), remote);
        }
        totals.forEach((fieldId, span) -> {
            Map<String, java.math.BigDecimal> sums = ResourceTotals.of(canvas.entries(fieldId, Resource.class));
            span.setText(sums.isEmpty() ? "" : getTranslation("canvas.total", Formats.totals(sums, getLocale())));
        });
        return complete;
    }

    /** Runs the action when a row held by {@link #show(Canvas, boolean)} was let go and the board is up to date. */
    public void onCaughtUp(Runnable action) {
        areas.forEach(area -> area.onCaughtUp(() -> {
            if (areas.stream().noneMatch(FieldArea::holdsRow)) {
                action.run();
            }
        }));
    }

    public Canvas shown() {
        return shown;
    }

    /** The currency most used on this canvas, else the usual one for the meeting's language. */
    static String defaultCurrency(Canvas canvas, Language language) {
        Map<String, Long> used = canvas.fields().values().stream().flatMap(List::stream)
                .filter(Resource.class::isInstance).map(Resource.class::cast)
                .filter(r -> r.currency() != null)
                .collect(Collectors.groupingBy(Resource::currency, Collectors.counting()));
        return used.entrySet().stream().max(Comparator.comparing(Map.Entry::getValue)).map(Map.Entry::getKey)
                .orElse(language == Language.RU ? "RUB" : "EUR");
    }
}
