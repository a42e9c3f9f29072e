package org.partnershipworkshop.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * One change to a plan's content, applied to the current plan under its lock (so two methodologists' changes
 * to different rows both land). Each answers the changed plan; the plan's own rules refuse what breaks them.
 */
public sealed interface PlanEdit {

    Plan applyTo(Plan plan, IdSource ids);

    /** New ids that the plan does not use yet. */
    interface IdSource {
        String next(Plan plan, String prefix);
    }

    record SetHeader(PlanHeader header) implements PlanEdit {
        public Plan applyTo(Plan plan, IdSource ids) {
            return plan.with(header);
        }
    }

    record SetStatus(PlanStatus status, Approval approval) implements PlanEdit {
        public Plan applyTo(Plan plan, IdSource ids) {
            return plan.withStatus(status, status == PlanStatus.DRAFT ? null : approval != null ? approval : plan.approval());
        }
    }

    record SetIntro(Intro intro) implements PlanEdit {
        public Plan applyTo(Plan plan, IdSource ids) {
            return plan.withIntro(intro);
        }
    }

    /** The staff list; a person still named by a row cannot go (the rows are listed). */
    record SetStaff(List<StaffMember> staff) implements PlanEdit {
        public Plan applyTo(Plan plan, IdSource ids) {
            return plan.withStaff(staff);
        }
    }

    /** A section under {@code parentId} (or at the top), last. */
    record AddSection(String parentId, String title, String description) implements PlanEdit {
        public Plan applyTo(Plan plan, IdSource ids) {
            Section section = Section.empty(ids.next(plan, "s"), title, description);
            if (parentId == null) {
                List<Section> top = new ArrayList<>(plan.sections());
                top.add(section);
                return plan.withSections(top);
            }
            exists(plan.section(parentId).isPresent(), "section", parentId);
            return plan.mapSections(s -> s.id().equals(parentId) ? s.withSections(append(s.sections(), section)) : s);
        }
    }

    record UpdateSection(String sectionId, String title, String description) implements PlanEdit {
        public Plan applyTo(Plan plan, IdSource ids) {
            exists(plan.section(sectionId).isPresent(), "section", sectionId);
            return plan.mapSections(s -> s.id().equals(sectionId) ? s.withText(title, description) : s);
        }
    }

    /** Removes an empty section; one with rows, indicators or sub-sections is refused. */
    record RemoveSection(String sectionId) implements PlanEdit {
        public Plan applyTo(Plan plan, IdSource ids) {
            Section section = plan.section(sectionId).orElseThrow(() -> new NotFoundException("section", sectionId));
            if (!section.rows().isEmpty() || !section.indicators().isEmpty() || !section.sections().isEmpty()) {
                throw ValidationFailedException.of("plan.error.sectionNotEmpty");
            }
            return plan.withSections(removeSection(plan.sections(), sectionId));
        }
    }

    /** Moves a section among its siblings by {@code delta} places. */
    record MoveSection(String sectionId, int delta) implements PlanEdit {
        public Plan applyTo(Plan plan, IdSource ids) {
            exists(plan.section(sectionId).isPresent(), "section", sectionId);
            UnaryOperator<List<Section>> move = list -> shift(list, s -> s.id().equals(sectionId), delta);
            return plan.withSections(move.apply(plan.sections())).mapSections(s -> s.withSections(move.apply(s.sections())));
        }
    }

    record AddRow(String sectionId, RowData row) implements PlanEdit {
        public Plan applyTo(Plan plan, IdSource ids) {
            exists(plan.section(sectionId).isPresent(), "section", sectionId);
            Row added = Row.of(ids.next(plan, "r"), row);
            return plan.mapSections(s -> s.id().equals(sectionId) ? s.withRows(append(s.rows(), added)) : s);
        }
    }

    /** Rows added at the end of a section, all or nothing (the spreadsheet import). */
    record AddRows(String sectionId, List<RowData> rows) implements PlanEdit {
        public Plan applyTo(Plan plan, IdSource ids) {
            Plan result = plan;
            for (RowData row : rows) {
                result = new AddRow(sectionId, row).applyTo(result, ids);
            }
            return result;
        }
    }

    record UpdateRow(String rowId, RowData row) implements PlanEdit {
        public Plan applyTo(Plan plan, IdSource ids) {
            exists(plan.row(rowId).isPresent(), "row", rowId);
            return mapRow(plan, rowId, r -> r.with(row));
        }
    }

    /** A row's data changed and, when {@code sectionId} is another section, the row moved there (last), at once. */
    record EditRow(String rowId, RowData row, String sectionId) implements PlanEdit {
        public Plan applyTo(Plan plan, IdSource ids) {
            Plan updated = new UpdateRow(rowId, row).applyTo(plan, ids);
            boolean elsewhere = sectionId != null && updated.row(rowId).flatMap(updated::sectionOf)
                    .filter(s -> !s.id().equals(sectionId)).isPresent();
            return elsewhere ? new MoveRow(rowId, sectionId, Integer.MAX_VALUE).applyTo(updated, ids) : updated;
        }
    }

    record RemoveRow(String rowId) implements PlanEdit {
        public Plan applyTo(Plan plan, IdSource ids) {
            exists(plan.row(rowId).isPresent(), "row", rowId);
            return plan.mapSections(s -> s.withRows(s.rows().stream().filter(r -> !r.id().equals(rowId)).toList()));
        }
    }

    /** Moves a row into a section (its own or another) at {@code position} (0 first; beyond the end: last). */
    record MoveRow(String rowId, String sectionId, int position) implements PlanEdit {
        public Plan applyTo(Plan plan, IdSource ids) {
            Row row = plan.row(rowId).orElseThrow(() -> new NotFoundException("row", rowId));
            exists(plan.section(sectionId).isPresent(), "section", sectionId);
            Plan without = new RemoveRow(rowId).applyTo(plan, ids);
            return without.mapSections(s -> {
                if (!s.id().equals(sectionId)) {
                    return s;
                }
                List<Row> rows = new ArrayList<>(s.rows());
                rows.add(Math.max(0, Math.min(position, rows.size())), row);
                return s.withRows(rows);
            });
        }
    }

    record AddIndicator(String sectionId, Indicator indicator) implements PlanEdit {
        public Plan applyTo(Plan plan, IdSource ids) {
            exists(plan.section(sectionId).isPresent(), "section", sectionId);
            Indicator added = new Indicator(ids.next(plan, "i"), indicator.name(), indicator.unit(), indicator.planned(),
                    indicator.breakdowns(), List.of());
            return plan.mapSections(s -> s.id().equals(sectionId) ? s.withIndicators(append(s.indicators(), added)) : s);
        }
    }

    record UpdateIndicator(String indicatorId, Indicator indicator) implements PlanEdit {
        public Plan applyTo(Plan plan, IdSource ids) {
            exists(plan.indicator(indicatorId).isPresent(), "indicator", indicatorId);
            return plan.mapSections(s -> s.withIndicators(s.indicators().stream()
                    .map(i -> i.id().equals(indicatorId) ? i.withData(indicator) : i).toList()));
        }
    }

    /** Removes an indicator no breakdown names as a part. */
    record RemoveIndicator(String indicatorId) implements PlanEdit {
        public Plan applyTo(Plan plan, IdSource ids) {
            exists(plan.indicator(indicatorId).isPresent(), "indicator", indicatorId);
            return plan.mapSections(s -> s.withIndicators(s.indicators().stream()
                    .filter(i -> !i.id().equals(indicatorId)).toList()));
        }
    }

    static Plan mapRow(Plan plan, String rowId, UnaryOperator<Row> change) {
        return plan.mapSections(s -> s.rows().stream().anyMatch(r -> r.id().equals(rowId))
                ? s.withRows(s.rows().stream().map(r -> r.id().equals(rowId) ? change.apply(r) : r).toList()) : s);
    }

    private static void exists(boolean found, String what, String id) {
        if (!found) {
            throw new NotFoundException(what, id);
        }
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static List<Section> removeSection(List<Section> list, String id) {
        return list.stream().filter(s -> !s.id().equals(id)).map(s -> s.withSections(removeSection(s.sections(), id))).toList();
    }

    private static <T> List<T> shift(List<T> list, java.util.function.Predicate<T> which, int delta) {
        List<T> copy = new ArrayList<>(list);
        for (int i = 0; i < copy.size(); i++) {
            if (which.test(copy.get(i))) {
                int to = Math.max(0, Math.min(copy.size() - 1, i + delta));
                copy.add(to, copy.remove(i));
                break;
            }
        }
        return copy;
    }

    /** A violation for a change that names what the plan does not hold. */
    static ValidationFailedException missing(String path, String key, Object... args) {
        return new ValidationFailedException(Violation.of(path, key, args));
    }
}
