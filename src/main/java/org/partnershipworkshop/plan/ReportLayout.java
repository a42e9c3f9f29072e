package org.partnershipworkshop.plan;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.documents.BoardDocument;
import org.partnershipworkshop.documents.Labels;
import org.partnershipworkshop.documents.Printer;

/**
 * The reports printed from plan against fact (decision 0149): the monthly report to the management (what was
 * due, done, overdue, and the indicators' month) and the year report «Отчёт о выполнении плана» (every section,
 * row and indicator, planned against done).
 */
final class ReportLayout {

    static final String DUE = "due";
    static final String DONE = "done";
    static final String OVERDUE = "overdue";
    static final String INDICATORS = "indicators";

    private final PlanPage page;
    private final Labels labels;
    private final PlanLayout plan;

    ReportLayout(PlanPage page, Labels labels) {
        this.page = page;
        this.labels = labels;
        this.plan = new PlanLayout(page, labels);
    }

    String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, labels.locale()) + " " + month.getYear();
    }

    List<BoardDocument.Part> monthParts() {
        return List.of(new BoardDocument.Part(DUE, labels.text("plan.report.due")),
                new BoardDocument.Part(DONE, labels.text("plan.report.done")),
                new BoardDocument.Part(OVERDUE, labels.text("plan.report.overdue")),
                new BoardDocument.Part(INDICATORS, labels.text("plan.report.indicators")));
    }

    byte[] month(MonthView view, Printer printer) {
        printer.title(labels.text("plan.report.monthEyebrow"), labels.text("plan.report.monthTitle", monthName(view.month())),
                facts());
        printer.heading(DUE, labels.text("plan.report.due"), 1);
        rows(printer, view.due(), true);
        printer.heading(DONE, labels.text("plan.report.done"), 1);
        List<Printer.Line> done = new ArrayList<>();
        for (DueRow r : view.done()) {
            RowFact f = r.due().fact();
            done.add(new Printer.Line(List.of(r.text(), f == null || f.date() == null ? "" : date(f.date()),
                    f == null || f.note() == null ? "" : f.note(), f == null || f.participants() == null ? "" : f.participants().toString()), false));
        }
        table(printer, List.of("plan.col.activity", "plan.col.date", "plan.col.note", "plan.col.participants"),
                new int[] {46, 14, 28, 12}, done);
        printer.heading(OVERDUE, labels.text("plan.report.overdue"), 1);
        rows(printer, view.overdue(), true);
        printer.heading(INDICATORS, labels.text("plan.report.indicators"), 1);
        List<Printer.Line> lines = new ArrayList<>();
        for (MonthView.IndicatorLine i : view.indicators()) {
            lines.add(new Printer.Line(List.of(i.name(), plan.amount(i.planned()), plan.amount(i.month()), plan.amount(i.total()),
                    i.percent() == null ? "—" : i.percent() + " %"), false));
        }
        table(printer, List.of("plan.col.indicator", "plan.col.planned", "plan.col.month", "plan.col.total", "plan.col.percent"),
                new int[] {52, 12, 12, 12, 12}, lines);
        return printer.finish();
    }

    byte[] year(Printer printer) {
        printer.title(labels.text("plan.report.yearEyebrow"), labels.text("plan.report.yearTitle") + ": " + page.plan().header().title(),
                facts());
        PlanLayout.walk(page.plan().sections(), "", null, 1, (s, number, parent, level) -> {
            printer.heading(s.id(), number + s.title(), level);
            if (!s.indicators().isEmpty()) {
                List<Printer.Line> lines = new ArrayList<>();
                for (Indicator i : s.indicators()) {
                    var total = i.actual(null);
                    Integer percent = PlanFactService.percent(total, i.planned());
                    lines.add(new Printer.Line(List.of(plan.name(i), plan.amount(i.planned()), plan.amount(total),
                            percent == null ? "—" : percent + " %"), false));
                }
                table(printer, List.of("plan.col.indicator", "plan.col.planned", "plan.col.actual", "plan.col.percent"),
                        new int[] {58, 14, 14, 14}, lines);
            }
            if (!s.rows().isEmpty()) {
                List<Printer.Line> lines = new ArrayList<>();
                for (Row r : s.rows()) {
                    RowSchedule schedule = page.schedule(r);
                    lines.add(new Printer.Line(List.of(r.text(), r.term() == null ? "" : r.term(), String.join("\n", plan.names(r)),
                            r.heading() ? "" : labels.text(schedule.status().labelKey()), facts(schedule)), r.heading()));
                }
                table(printer, List.of("plan.col.activity", "plan.col.term", "plan.col.responsible", "plan.col.status", "plan.col.fact"),
                        new int[] {38, 13, 15, 11, 23}, lines);
            }
        });
        return printer.finish();
    }

    List<BoardDocument.Part> yearParts() {
        List<BoardDocument.Part> parts = new ArrayList<>();
        PlanLayout.walk(page.plan().sections(), "", null, 1, (s, number, parent, level) ->
                parts.add(new BoardDocument.Part(s.id(), number + s.title(), parent)));
        return parts;
    }

    /** What was done, month by month: «20.03.2013: провели …», moved and cancelled ones too. */
    private String facts(RowSchedule schedule) {
        List<String> lines = new ArrayList<>();
        for (Due d : schedule.dues()) {
            RowFact f = d.fact();
            if (f == null) {
                continue;
            }
            String when = f.date() != null ? date(f.date()) : monthName(f.month());
            String what = switch (f.status()) {
                case MOVED -> labels.text("plan.fact.movedTo", date(f.movedTo()));
                case CANCELLED -> labels.text("plan.fact.cancelledBecause", f.reason());
                default -> f.note() == null ? labels.text(f.status().labelKey()) : f.note();
            };
            lines.add(when + ": " + what);
        }
        return String.join("\n", lines);
    }

    private void rows(Printer printer, List<DueRow> rows, boolean withStatus) {
        List<Printer.Line> lines = new ArrayList<>();
        for (DueRow r : rows) {
            lines.add(new Printer.Line(List.of(r.text(), r.term() == null ? "" : r.term(), String.join("\n", r.responsible()),
                    withStatus ? labels.text(r.status().labelKey()) : ""), false));
        }
        table(printer, List.of("plan.col.activity", "plan.col.term", "plan.col.responsible", "plan.col.status"),
                new int[] {52, 16, 18, 14}, lines);
    }

    private void table(Printer printer, List<String> keys, int[] widths, List<Printer.Line> lines) {
        if (lines.isEmpty()) {
            printer.note(labels.text("plan.report.nothing"));
            return;
        }
        printer.table(keys.stream().map(labels::text).toList(), widths, lines);
    }

    private List<String[]> facts() {
        PlanHeader h = page.plan().header();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {labels.text("plan.organisation"), h.organisation()});
        facts.add(new String[] {labels.text("plan.department"), h.department()});
        facts.add(new String[] {labels.text("plan.report.plan"), h.title()});
        facts.add(new String[] {labels.text("plan.report.asOf"), date(page.today())});
        return facts;
    }

    private String date(java.time.LocalDate date) {
        return Formats.dates(date, null, labels.locale());
    }
}
