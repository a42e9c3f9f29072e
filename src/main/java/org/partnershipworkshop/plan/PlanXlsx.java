package org.partnershipworkshop.plan;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.partnershipworkshop.documents.Labels;
import org.partnershipworkshop.documents.XlsxSheetWriter;

/**
 * The plan as a spreadsheet for the department's own tables: a sheet of rows (section, activity, term as
 * written, responsible, audience, form, place, for libraries, due dates, status) — the first seven columns are
 * what the row import reads back — and a sheet of indicators (planned, actual, percent) with their actuals.
 */
final class PlanXlsx {

    private PlanXlsx() {
    }

    static byte[] write(PlanPage page, Labels labels) {
        PlanLayout layout = new PlanLayout(page, labels);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (XlsxSheetWriter xlsx = new XlsxSheetWriter()) {
            xlsx.sheet(labels.text("plan.xlsx.rows"), keys(labels, "plan.col.activity", "plan.col.term", "plan.col.responsible",
                    "plan.planColumn.audience", "plan.planColumn.form", "plan.planColumn.place", "plan.col.forLibraries",
                    "plan.col.section", "plan.col.dueDates", "plan.col.status", "plan.col.id"),
                    new int[] {60, 18, 26, 24, 16, 24, 10, 40, 24, 14, 8});
            page.plan().allSections().forEach(s -> s.rows().forEach(r -> xlsx.row(r.text(), r.term(),
                    String.join(", ", layout.names(r)), r.audience(), r.form() == null ? null : labels.text(r.form().labelKey()),
                    r.place(), r.forLibraries() ? labels.text("plan.yes") : null, s.title(),
                    String.join(", ", page.schedule(r).term().dueDates().stream().map(Object::toString).toList()),
                    r.heading() ? null : labels.text(page.schedule(r).status().labelKey()), r.id())));
            xlsx.sheet(labels.text("plan.xlsx.indicators"), keys(labels, "plan.col.section", "plan.col.indicator", "plan.col.unit",
                    "plan.col.planned", "plan.col.actual", "plan.col.percent", "plan.col.breakdowns", "plan.col.actuals", "plan.col.id"),
                    new int[] {40, 40, 10, 12, 12, 10, 60, 40, 10});
            page.plan().allSections().forEach(s -> s.indicators().forEach(i -> {
                var actual = i.actual(null);
                Integer percent = PlanFactService.percent(actual, i.planned());
                List<String> breakdowns = java.util.stream.IntStream.range(0, i.breakdowns().size())
                        .mapToObj(b -> layout.breakdown(i, b)).toList();
                xlsx.row(s.title(), i.name(), i.unit(), i.planned(), i.actuals().isEmpty() ? null : actual,
                        percent == null ? null : new XlsxSheetWriter.Percent(percent / 100.0), String.join("\n", breakdowns),
                        String.join(", ", i.actuals().stream().map(a -> a.period() + ": " + layout.amount(a.value())).toList()), i.id());
            }));
            xlsx.write(out);
        }
        return out.toByteArray();
    }

    private static List<String> keys(Labels labels, String... keys) {
        return java.util.Arrays.stream(keys).map(labels::text).toList();
    }
}
