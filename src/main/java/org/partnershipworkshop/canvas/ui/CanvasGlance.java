package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasEntry;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.ResourceTotals;
import org.partnershipworkshop.canvas.TemplateField;

/** A canvas at a glance: each filled field with its first entries, and the planned costs. */
public class CanvasGlance extends Div {

    private static final int SHOWN_PER_FIELD = 2;

    public CanvasGlance(CanvasTemplate template, Language language, Canvas canvas) {
        addClassName("canvas-glance");
        if (canvas.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("canvas.empty"));
            empty.addClassName("glance-empty");
            add(empty);
            return;
        }
        for (TemplateField field : template.fields()) {
            List<CanvasEntry> entries = canvas.entries(field.id());
            if (entries.isEmpty()) {
                continue;
            }
            Span label = new Span(field.label(language) + (entries.size() > SHOWN_PER_FIELD ? " (" + entries.size() + ")" : ""));
            label.addClassName("glance-label");
            Span text = new Span(entries.stream().limit(SHOWN_PER_FIELD).map(CanvasEntry::headline)
                    .collect(Collectors.joining(" · ")) + (entries.size() > SHOWN_PER_FIELD ? " …" : ""));
            text.addClassName("glance-text");
            Div line = new Div(label, text);
            line.addClassName("glance-line");
            add(line);
        }
        Map<String, java.math.BigDecimal> totals = ResourceTotals.of(canvas);
        if (!totals.isEmpty()) {
            Div total = new Div(getTranslation("canvas.total", Formats.totals(totals, getLocale())));
            total.addClassName("glance-total");
            add(total);
        }
    }
}
