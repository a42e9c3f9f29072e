package org.partnershipworkshop.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * A work plan as a whole: its header, status and approval, section I, the staff list and the sections. The
 * constructor checks what spans the plan, reporting every problem with its path in the workshop-plan/1
 * document: ids are unique, responsible people are on the staff list, parts name indicators that exist
 * without going round in a circle, sections nest at most {@link PlanLimits#DEPTH} deep.
 */
public record Plan(PlanHeader header, PlanStatus status, Approval approval, Intro intro, List<StaffMember> staff,
                   List<Section> sections) {

    public Plan {
        if (header == null) {
            throw new ValidationFailedException(Violation.of("", "error.required"));
        }
        status = status == null ? PlanStatus.DRAFT : status;
        intro = intro == null ? Intro.EMPTY : intro;
        staff = List.copyOf(staff);
        sections = List.copyOf(sections);
        if (status == PlanStatus.DRAFT) {
            approval = null;
        } else if (approval == null) {
            throw new ValidationFailedException(Violation.of("approval", "plan.error.approvalNeeded"));
        }
        List<Violation> problems = check(staff, sections);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
    }

    public static Plan empty(PlanHeader header) {
        return new Plan(header, PlanStatus.DRAFT, null, Intro.EMPTY, List.of(), List.of());
    }

    public int year() {
        return header.year();
    }

    /** Every section in print order, at any depth. */
    public Stream<Section> allSections() {
        return sections.stream().flatMap(Section::all);
    }

    public Stream<Row> rows() {
        return allSections().flatMap(s -> s.rows().stream());
    }

    public Stream<Indicator> indicators() {
        return allSections().flatMap(s -> s.indicators().stream());
    }

    public Optional<Section> section(String id) {
        return allSections().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Row> row(String id) {
        return rows().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Indicator> indicator(String id) {
        return indicators().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The section holding a row. */
    public Optional<Section> sectionOf(Row row) {
        return allSections().filter(s -> s.rows().stream().anyMatch(r -> r.id().equals(row.id()))).findFirst();
    }

    public Optional<StaffMember> person(String id) {
        return staff.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Plan with(PlanHeader newHeader) {
        return new Plan(newHeader, status, approval, intro, staff, sections);
    }

    public Plan withStatus(PlanStatus newStatus, Approval newApproval) {
        return new Plan(header, newStatus, newApproval, intro, staff, sections);
    }

    public Plan withIntro(Intro newIntro) {
        return new Plan(header, status, approval, newIntro, staff, sections);
    }

    public Plan withStaff(List<StaffMember> newStaff) {
        return new Plan(header, status, approval, intro, newStaff, sections);
    }

    public Plan withSections(List<Section> newSections) {
        return new Plan(header, status, approval, intro, staff, newSections);
    }

    /** The plan with every section (at any depth) passed through {@code change}, children first. */
    public Plan mapSections(UnaryOperator<Section> change) {
        return withSections(map(sections, change));
    }

    private static List<Section> map(List<Section> list, UnaryOperator<Section> change) {
        return list.stream().map(s -> change.apply(s.withSections(map(s.sections(), change)))).toList();
    }

    /** Every id the plan already uses, for a new one that differs from all of them. */
    public Set<String> ids() {
        Set<String> ids = new HashSet<>();
        allSections().forEach(s -> {
            ids.add(s.id());
            s.rows().forEach(r -> ids.add(r.id()));
            s.indicators().forEach(i -> ids.add(i.id()));
        });
        staff.forEach(p -> ids.add(p.id()));
        return ids;
    }

    private static List<Violation> check(List<StaffMember> staff, List<Section> sections) {
        List<Violation> problems = new ArrayList<>();
        Set<String> people = new HashSet<>();
        for (int i = 0; i < staff.size(); i++) {
            if (!people.add(staff.get(i).id()) || staff.get(i).id().equals(PlanLimits.ALL_METHODISTS)) {
                problems.add(Violation.of("staff[" + i + "].id", "plan.error.idTwice", staff.get(i).id()));
            }
        }
        Map<String, Indicator> indicators = new HashMap<>();
        Set<String> ids = new HashSet<>();
        walk(sections, "sections", 1, people, ids, indicators, problems);
        indicatorCycles(indicators, problems);
        return problems;
    }

    private static void walk(List<Section> sections, String path, int depth, Set<String> people, Set<String> ids,
                             Map<String, Indicator> indicators, List<Violation> problems) {
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            String at = path + "[" + s + "]";
            if (depth > PlanLimits.DEPTH) {
                problems.add(Violation.of(at, "plan.error.depth", PlanLimits.DEPTH));
            }
            unique(ids, section.id(), at + ".id", problems);
            for (int r = 0; r < section.rows().size(); r++) {
                Row row = section.rows().get(r);
                unique(ids, row.id(), at + ".rows[" + r + "].id", problems);
                for (int p = 0; p < row.responsible().size(); p++) {
                    String who = row.responsible().get(p);
                    if (!who.equals(PlanLimits.ALL_METHODISTS) && !people.contains(who)) {
                        problems.add(Violation.of(at + ".rows[" + r + "].responsible[" + p + "]", "plan.error.notStaff", who));
                    }
                }
            }
            for (int i = 0; i < section.indicators().size(); i++) {
                Indicator indicator = section.indicators().get(i);
                unique(ids, indicator.id(), at + ".indicators[" + i + "].id", problems);
                indicators.put(indicator.id(), indicator);
            }
            walk(section.sections(), at + ".sections", depth + 1, people, ids, indicators, problems);
        }
        if (depth == 1) {
            partsExist(sections, indicators, problems);
        }
    }

    private static void unique(Set<String> ids, String id, String path, List<Violation> problems) {
        if (!ids.add(id)) {
            problems.add(Violation.of(path, "plan.error.idTwice", id));
        }
    }

    private static void partsExist(List<Section> top, Map<String, Indicator> indicators, List<Violation> problems) {
        Map<String, String> paths = new HashMap<>();
        collectPaths(top, "sections", paths);
        indicators.values().forEach(indicator -> {
            for (int b = 0; b < indicator.breakdowns().size(); b++) {
                List<Indicator.Part> parts = indicator.breakdowns().get(b).parts();
                for (int p = 0; p < parts.size(); p++) {
                    String ref = parts.get(p).indicator();
                    if (ref != null && !indicators.containsKey(ref)) {
                        problems.add(Violation.of(paths.get(indicator.id()) + ".breakdowns[" + b + "].parts[" + p + "].indicator",
                                "plan.error.noIndicator", ref));
                    }
                }
            }
        });
    }

    private static void collectPaths(List<Section> sections, String path, Map<String, String> paths) {
        for (int s = 0; s < sections.size(); s++) {
            String at = path + "[" + s + "]";
            List<Indicator> list = sections.get(s).indicators();
            for (int i = 0; i < list.size(); i++) {
                paths.putIfAbsent(list.get(i).id(), at + ".indicators[" + i + "]");
            }
            collectPaths(sections.get(s).sections(), at + ".sections", paths);
        }
    }

    /** A part may not lead back to its own indicator. */
    private static void indicatorCycles(Map<String, Indicator> indicators, List<Violation> problems) {
        for (Indicator start : indicators.values()) {
            Set<String> seen = new HashSet<>();
            List<String> next = new ArrayList<>(List.of(start.id()));
            while (!next.isEmpty()) {
                Indicator current = indicators.get(next.removeLast());
                if (current == null) {
                    continue;
                }
                for (Indicator.Breakdown b : current.breakdowns()) {
                    for (Indicator.Part part : b.parts()) {
                        if (part.indicator() == null) {
                            continue;
                        }
                        if (part.indicator().equals(start.id())) {
                            problems.add(Violation.of("indicator " + start.id(), "plan.error.partCycle", start.id()));
                            return;
                        }
                        if (seen.add(part.indicator())) {
                            next.add(part.indicator());
                        }
                    }
                }
            }
        }
    }
}
