package org.partnershipworkshop.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.UnreadableInputException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * Rows from a spreadsheet (decision 0147): the first sheet, a header row, then one row per activity with the
 * columns of the plan's own XLSX export — activity, term, responsible (names of the staff list or «Все
 * методисты», separated by commas or lines), audience, form, place, for libraries (yes/да). Every problem is
 * reported with its sheet row ("row 7.responsible"); a sheet with any problem adds nothing.
 */
final class RowImport {

    static final int TEXT = 0;
    static final int TERM = 1;
    static final int RESPONSIBLE = 2;
    static final int AUDIENCE = 3;
    static final int FORM = 4;
    static final int PLACE = 5;
    static final int LIBRARIES = 6;
    private static final List<String> GROUP = List.of("все методисты", "всички методисти", "all methodologists", "all methodists");
    private static final List<String> YES = List.of("yes", "да", "x", "1", "true", "+");

    private RowImport() {
    }

    static List<RowData> read(byte[] xlsx, Plan plan) {
        if (xlsx.length > Limits.DOCUMENT_BYTES * 4) {
            throw new ValidationFailedException(Violation.of("", "error.documentTooLarge", Limits.DOCUMENT_BYTES * 4 / (1024 * 1024)));
        }
        DataFormatter format = new DataFormatter(Locale.ROOT);
        List<RowData> rows = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] cells = new String[7];
                for (int c = 0; c < cells.length; c++) {
                    Cell cell = row.getCell(c);
                    cells[c] = cell == null ? "" : format.formatCellValue(cell).strip();
                }
                if (String.join("", cells).isEmpty()) {
                    continue;
                }
                String at = "row " + (r + 1);
                int before = problems.size();
                List<String> responsible = responsible(cells[RESPONSIBLE], plan, at, problems);
                ActivityForm form = form(cells[FORM], at, problems);
                if (cells[TEXT].isEmpty()) {
                    problems.add(Violation.of(at + ".activity", "error.required"));
                }
                if (problems.size() > before) {
                    continue;
                }
                try {
                    RowData data = new RowData(cells[TEXT], false, 0, blank(cells[TERM]), responsible, blank(cells[AUDIENCE]),
                            YES.contains(cells[LIBRARIES].toLowerCase(Locale.ROOT)), form, blank(cells[PLACE]), null, null);
                    Row.of("r1", data); // the row's own rules (lengths), reported at this sheet row
                    rows.add(data);
                } catch (ValidationFailedException e) {
                    e.violations().forEach(v -> problems.add(v.under(at)));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationFailedException v) {
                throw v;
            }
            throw new UnreadableInputException(Violation.of("", "plan.error.notXlsx"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        if (rows.isEmpty()) {
            throw ValidationFailedException.of("plan.error.noRows");
        }
        return rows;
    }

    private static List<String> responsible(String text, Plan plan, String at, List<Violation> problems) {
        List<String> ids = new ArrayList<>();
        for (String name : text.split("[,;\\n]+")) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            if (GROUP.contains(n.toLowerCase(Locale.ROOT))) {
                ids.add(PlanLimits.ALL_METHODISTS);
                continue;
            }
            String squeezed = n.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
            plan.staff().stream().filter(p -> p.name().replaceAll("\\s+", "").toLowerCase(Locale.ROOT).equals(squeezed))
                    .findFirst().ifPresentOrElse(p -> ids.add(p.id()),
                            () -> problems.add(Violation.of(at + ".responsible", "plan.error.notStaff", n)));
        }
        return ids;
    }

    private static ActivityForm form(String text, String at, List<Violation> problems) {
        if (text.isEmpty()) {
            return null;
        }
        for (ActivityForm form : ActivityForm.values()) {
            if (form.name().equalsIgnoreCase(text.replace(' ', '_')) || PlanLabels.formNames(form).contains(text.toLowerCase(Locale.ROOT))) {
                return form;
            }
        }
        problems.add(Violation.of(at + ".form", "plan.error.form", text));
        return null;
    }

    private static String blank(String text) {
        return text.isEmpty() ? null : text;
    }
}
