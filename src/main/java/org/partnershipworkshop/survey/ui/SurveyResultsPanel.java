package org.partnershipworkshop.survey.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.survey.QuestionKind;
import org.partnershipworkshop.survey.Reply;
import org.partnershipworkshop.survey.SurveyResults;
import org.partnershipworkshop.survey.SurveyResults.QuestionResult;
import org.partnershipworkshop.survey.SurveyResults.TextAnswer;
import org.partnershipworkshop.survey.SurveyResults.ValueCount;

/**
 * What a survey's answers say, for the owner's page and the projector: how many answered; per question its
 * wording, how many answered it, a rating's average, a bar per value (ratings 1…scale, options, yes and no) with
 * its count and share of those who answered the question, the newest texts with their library; then the
 * answers and each rating's average per municipality and per library. Question wording in the given language,
 * the panel's own texts in the interface language.
 */
@StyleSheet("./survey.css")
public class SurveyResultsPanel extends Div {

    /** Texts listed per question; the rest are in the export. */
    public static final int TEXTS_SHOWN = 20;
    /** Tables up to this many rows show all; longer ones scroll. */
    private static final int ALL_ROWS = 25;

    private final SurveyResults results;
    private final Language language;
    private final List<QuestionResult> ratings;

    public SurveyResultsPanel(SurveyResults results, Language language) {
        this.results = results;
        this.language = language;
        this.ratings = results.questions().stream().filter(q -> q.kind() == QuestionKind.RATING).toList();
        addClassName("survey-results");
        getElement().setAttribute("data-answers", String.valueOf(results.answers()));
        Paragraph total = new Paragraph(getTranslation("surveyform.results.total", results.answers()));
        total.addClassName("survey-results-total");
        add(total);
        results.questions().forEach(q -> add(question(q)));
        if (!results.byGroup().isEmpty()) {
            add(heading("surveyform.results.byGroup"), groups());
        }
        if (!results.byChannel().isEmpty()) {
            add(heading("surveyform.results.byChannel"), channels());
        }
    }

    private H3 heading(String key) {
        H3 heading = new H3(getTranslation(key));
        heading.addClassName("survey-results-heading");
        return heading;
    }

    private Div question(QuestionResult q) {
        Div card = new Div();
        card.addClassNames("survey-result", "kind-" + q.kind().id());
        card.getElement().setAttribute("data-question", q.id());
        H4 label = new H4(q.labels().in(language));
        label.addClassName("survey-result-label");
        Span answered = new Span(getTranslation("surveyform.results.answered", q.answered()));
        answered.addClassName("survey-result-answered");
        Div head = new Div(label, answered);
        head.addClassName("survey-result-head");
        card.add(head);
        if (q.average() != null) {
            Span average = new Span(getTranslation("surveyform.results.average", number(q.average()), q.scale()));
            average.addClassName("survey-result-average");
            card.add(average);
        }
        if (q.kind().isText()) {
            card.add(texts(q));
        } else {
            Div bars = new Div();
            bars.addClassName("survey-bars");
            long most = q.distribution().stream().mapToLong(ValueCount::count).max().orElse(0);
            q.distribution().forEach(v -> bars.add(bar(q, v, most)));
            card.add(bars);
        }
        return card;
    }

    /** One value's bar: its label, a bar as long as its share of the answers, the count and the percentage. */
    private Div bar(QuestionResult q, ValueCount v, long most) {
        double share = q.answered() == 0 ? 0 : (double) v.count() / q.answered();
        Span label = new Span(valueLabel(q, v));
        label.addClassName("survey-bar-label");
        Div fill = new Div();
        fill.addClassName("survey-bar-fill");
        fill.getStyle().setWidth(String.format(java.util.Locale.ROOT, "%.1f%%", share * 100));
        if (v.count() > 0 && v.count() == most) {
            fill.addClassName("most");
        }
        Div track = new Div(fill);
        track.addClassName("survey-bar-track");
        track.getElement().setAttribute("aria-hidden", "true");
        Span figure = new Span(getTranslation("surveyform.results.count", v.count(), percent(share)));
        figure.addClassName("survey-bar-count");
        Div row = new Div(label, track, figure);
        row.addClassName("survey-bar");
        row.getElement().setAttribute("data-value", v.value());
        row.getElement().setAttribute("data-count", String.valueOf(v.count()));
        return row;
    }

    private String valueLabel(QuestionResult q, ValueCount v) {
        if (v.labels() != null) {
            return v.labels().in(language);
        }
        return switch (q.kind()) {
            case YESNO -> getTranslation(Reply.YES.equals(v.value()) ? "surveyform.yes" : "surveyform.no");
            default -> v.value();
        };
    }

    private Div texts(QuestionResult q) {
        Div box = new Div();
        box.addClassName("survey-texts");
        List<TextAnswer> texts = q.texts() == null ? List.of() : q.texts();
        if (texts.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("surveyform.results.noTexts"));
            none.addClassName("survey-texts-none");
            box.add(none);
            return box;
        }
        UnorderedList list = new UnorderedList();
        texts.stream().limit(TEXTS_SHOWN).forEach(t -> {
            Span text = new Span(t.text());
            text.addClassName("survey-text");
            ListItem item = new ListItem(text);
            if (t.channelName() != null && !t.channelName().isBlank()) {
                Span library = new Span(t.channelName());
                library.addClassName("survey-text-library");
                item.add(library);
            }
            list.add(item);
        });
        box.add(list);
        long shown = Math.min(texts.size(), TEXTS_SHOWN);
        long total = q.textCount() == null ? texts.size() : q.textCount();
        if (total > shown) {
            Paragraph more = new Paragraph(getTranslation("surveyform.results.moreInExport", total - shown));
            more.addClassName("survey-texts-more");
            box.add(more);
        }
        return box;
    }

    private Grid<SurveyResults.GroupResult> groups() {
        Grid<SurveyResults.GroupResult> grid = grid(results.byGroup().size());
        grid.addClassName("survey-by-group");
        grid.addColumn(SurveyResults.GroupResult::group).setHeader(getTranslation("surveyform.results.group"))
                .setFlexGrow(3).setSortable(true);
        grid.addColumn(SurveyResults.GroupResult::channels).setHeader(getTranslation("surveyform.results.channels"))
                .setTextAlign(ColumnTextAlign.END).setSortable(true);
        grid.addColumn(SurveyResults.GroupResult::answers).setHeader(getTranslation("surveyform.results.answers"))
                .setTextAlign(ColumnTextAlign.END).setSortable(true);
        averages(grid, SurveyResults.GroupResult::averages);
        grid.setItems(results.byGroup());
        return grid;
    }

    private Grid<SurveyResults.ChannelResult> channels() {
        Grid<SurveyResults.ChannelResult> grid = grid(results.byChannel().size());
        grid.addClassName("survey-by-channel");
        grid.addColumn(SurveyResults.ChannelResult::name).setHeader(getTranslation("surveyform.results.channel"))
                .setFlexGrow(3).setSortable(true);
        grid.addColumn(c -> c.group() == null ? "" : c.group()).setHeader(getTranslation("surveyform.results.group"))
                .setFlexGrow(2).setSortable(true);
        grid.addColumn(SurveyResults.ChannelResult::answers).setHeader(getTranslation("surveyform.results.answers"))
                .setTextAlign(ColumnTextAlign.END).setSortable(true);
        averages(grid, SurveyResults.ChannelResult::averages);
        grid.setItems(results.byChannel());
        return grid;
    }

    /** A column per rating question: its average where someone rated it, else a dash. */
    private <T> void averages(Grid<T> grid, Function<T, Map<String, Double>> averages) {
        for (QuestionResult rating : ratings) {
            String label = rating.labels().in(language);
            Span header = new Span(label);
            header.getElement().setAttribute("title", label);
            grid.addColumn(row -> {
                Double average = averages.apply(row).get(rating.id());
                return average == null ? "—" : number(average);
            }).setHeader(header).setTextAlign(ColumnTextAlign.END).setComparator(row -> {
                Double average = averages.apply(row).get(rating.id());
                return average == null ? -1 : average;
            });
        }
    }

    private <T> Grid<T> grid(int rows) {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addClassName("survey-table");
        grid.setEmptyStateText(getTranslation("surveyform.results.noRows"));
        if (rows <= ALL_ROWS) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("28rem");
        }
        return grid;
    }

    private String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(getLocale());
        format.setMaximumFractionDigits(0);
        return format.format(share);
    }
}
