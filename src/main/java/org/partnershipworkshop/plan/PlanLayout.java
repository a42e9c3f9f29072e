package org.partnershipworkshop.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.documents.BoardDocument;
import org.partnershipworkshop.documents.Labels;
import org.partnershipworkshop.documents.Printer;

/**
 * The plan printed in the seed's layout (decision 0148): the title block, section I as lists, then every section
 * numbered (II, III … at the top, 1., 1.1. below) with its description, its indicators and their breakdowns
 * (a breakdown that does not add up is printed with the difference), and its rows in a table «Вид деятельности |
 * Срок | Ответственные» plus the plan's optional columns. The same calls make the PDF and the DOCX.
 */
final class PlanLayout {

    static final String INTRO = "intro";

    private final PlanPage page;
    private final Labels labels;
    private final Map<String, Indicator> byId;

    PlanLayout(PlanPage page, Labels labels) {
        this.page = page;
        this.labels = labels;
        this.byId = page.plan().indicators().collect(Collectors.toMap(Indicator::id, Function.identity(), (a, b) -> a));
    }

    /** Every heading, in order, for the PDF's bookmarks. */
    List<BoardDocument.Part> parts() {
        List<BoardDocument.Part> parts = new ArrayList<>();
        if (!page.plan().intro().empty()) {
            parts.add(new BoardDocument.Part(INTRO, introTitle()));
        }
        walk(page.plan().sections(), "", null, 1, (s, number, parent, level) ->
                parts.add(new BoardDocument.Part(s.id(), number + s.title(), parent)));
        return parts;
    }

    byte[] print(Printer printer) {
        Plan plan = page.plan();
        PlanHeader h = plan.header();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {labels.text("plan.organisation"), h.organisation()});
        facts.add(new String[] {labels.text("plan.department"), h.department()});
        facts.add(new String[] {labels.text("plan.year"), String.valueOf(h.year())});
        facts.add(new String[] {labels.text("plan.status"), status(plan)});
        printer.title(labels.text("plan.pdf.eyebrow"), h.title(), facts);
        Intro intro = plan.intro();
        if (!intro.empty()) {
            printer.heading(INTRO, introTitle(), 1);
            list(printer, "plan.intro.directions", intro.directions());
            list(printer, "plan.intro.goals", intro.goals());
            list(printer, "plan.intro.tasks", intro.tasks());
            list(printer, "plan.intro.priorities", intro.priorities());
        }
        walk(plan.sections(), "", null, 1, (s, number, parent, level) -> section(printer, s, number, level));
        return printer.finish();
    }

    private void section(Printer printer, Section s, String number, int level) {
        printer.heading(s.id(), number + s.title(), level);
        if (s.description() != null) {
            printer.paragraph(s.description());
        }
        if (!s.indicators().isEmpty()) {
            List<Printer.Line> lines = new ArrayList<>();
            for (Indicator i : s.indicators()) {
                lines.add(new Printer.Line(List.of(name(i), amount(i.planned())), false));
                for (int b = 0; b < i.breakdowns().size(); b++) {
                    lines.add(new Printer.Line(List.of("    " + breakdown(i, b), ""), false));
                }
            }
            printer.table(List.of(labels.text("plan.col.indicator"), labels.text("plan.col.planned")), new int[] {80, 20}, lines);
        }
        if (!s.rows().isEmpty()) {
            List<PlanColumn> extra = page.plan().header().columns();
            List<String> headers = new ArrayList<>(List.of(labels.text("plan.col.activity"), labels.text("plan.col.term"),
                    labels.text("plan.col.responsible")));
            extra.forEach(c -> headers.add(labels.text(c.labelKey())));
            List<Printer.Line> lines = new ArrayList<>();
            for (Row r : s.rows()) {
                List<String> cells = new ArrayList<>(List.of((r.level() > 0 ? "– " : "") + r.text(),
                        r.term() == null ? "" : r.term(), String.join("\n", names(r))));
                extra.forEach(c -> cells.add(column(r, c)));
                lines.add(new Printer.Line(cells, r.heading()));
            }
            int[] widths = extra.isEmpty() ? new int[] {62, 16, 22} : widths(extra.size());
            printer.table(headers, widths, lines);
        }
    }

    private static int[] widths(int extra) {
        int[] w = new int[3 + extra];
        int rest = 100 - 14 - 16 - 12 * extra;
        w[0] = rest;
        w[1] = 14;
        w[2] = 16;
        for (int i = 0; i < extra; i++) {
            w[3 + i] = 12;
        }
        return w;
    }

    private String column(Row r, PlanColumn c) {
        return switch (c) {
            case AUDIENCE -> r.audience() == null ? "" : r.audience();
            case FORM -> r.form() == null ? "" : labels.text(r.form().labelKey());
            case PLACE -> r.place() == null ? "" : r.place();
            case RESULT -> {
                LinkView link = page.links().get(r.id());
                yield link == null ? "" : labels.text(link.link().kind().labelKey())
                        + (link.title() == null ? link.link().id() == null ? "" : " " + link.link().id() : ": " + link.title());
            }
        };
    }

    List<String> names(Row r) {
        return page.responsibleNames(r, labels.text("plan.allMethodists"));
    }

    String name(Indicator i) {
        return i.unit() == null ? i.name() : i.name() + ", " + i.unit();
    }

    /** «по видам обслуживания: Количество читателей 30 + … = 114», with the difference when it does not add up. */
    String breakdown(Indicator i, int b) {
        Indicator.Breakdown breakdown = i.breakdowns().get(b);
        String parts = breakdown.parts().stream().map(p -> IndicatorCheck.partLabel(p, byId) + " " + amount(partValue(p)))
                .collect(Collectors.joining(" + "));
        BigDecimal sum = IndicatorCheck.sum(breakdown, byId);
        String text = (breakdown.label() == null ? "" : breakdown.label() + ": ") + parts + (sum == null ? "" : " = " + amount(sum));
        boolean off = page.warnings().stream().anyMatch(w -> w.indicatorId().equals(i.id()) && w.breakdown() == b);
        return off ? text + " — " + labels.text(breakdown.complete() ? "plan.warning.notAddingUp" : "plan.warning.exceeds",
                amount(sum), amount(i.planned())) : text;
    }

    private BigDecimal partValue(Indicator.Part p) {
        return p.indicator() == null ? p.planned() : byId.containsKey(p.indicator()) ? byId.get(p.indicator()).planned() : null;
    }

    String amount(BigDecimal value) {
        return value == null ? "—" : Formats.amount(value, labels.locale());
    }

    String status(Plan plan) {
        String status = labels.text(plan.status().labelKey());
        return plan.approval() == null ? status : status + ": " + plan.approval().by() + ", "
                + Formats.dates(plan.approval().on(), null, labels.locale());
    }

    private String introTitle() {
        return labels.text("plan.intro.title");
    }

    private void list(Printer printer, String key, List<String> items) {
        if (!items.isEmpty()) {
            printer.heading(null, labels.text(key), 9);
            printer.bullets(items);
        }
    }

    interface Visit {
        void section(Section s, String number, String parentId, int level);
    }

    /** Sections in print order with their numbers: II, III … at the top (I is section I), 1., 1.1. below. */
    static void walk(List<Section> sections, String prefix, String parentId, int level, Visit visit) {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String number = level == 1 ? roman(i + 2) + ". " : prefix + (i + 1) + ". ";
            visit.section(s, number, parentId, level);
            walk(s.sections(), level == 1 ? "" : number.substring(0, number.length() - 1), s.id(), level + 1, visit);
        }
    }

    static String roman(int n) {
        String[] r = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                out.append(r[i]);
                n -= v[i];
            }
        }
        return out.toString();
    }
}
