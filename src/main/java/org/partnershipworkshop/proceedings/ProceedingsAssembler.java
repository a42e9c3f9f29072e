package org.partnershipworkshop.proceedings;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.canvas.BoardArea;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.FieldKind;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.canvas.PartnerNames;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.canvas.Resource;
import org.partnershipworkshop.canvas.ResourceTotals;
import org.partnershipworkshop.canvas.TemplateField;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingDetails.GroupView;
import org.partnershipworkshop.meeting.MeetingDetails.PresentationView;
import org.partnershipworkshop.meeting.Session;
import org.partnershipworkshop.live.VotingResults;
import org.partnershipworkshop.dialogue.FeedbackResults;
import org.partnershipworkshop.documents.BoardField;
import org.partnershipworkshop.proceedings.pdf.FormFeedback;
import org.partnershipworkshop.proceedings.pdf.GroupSheet;
import org.partnershipworkshop.documents.Labels;
import org.partnershipworkshop.proceedings.pdf.Overview;
import org.partnershipworkshop.proceedings.pdf.Overview.BudgetLine;
import org.partnershipworkshop.proceedings.pdf.Overview.GroupRef;
import org.partnershipworkshop.proceedings.pdf.Overview.PartnerLine;
import org.partnershipworkshop.proceedings.pdf.Overview.ServiceLine;
import org.partnershipworkshop.proceedings.pdf.Overview.VoteLine;
import org.partnershipworkshop.proceedings.pdf.Overview.Votes;
import org.partnershipworkshop.proceedings.pdf.Proceedings;

/**
 * Turns what the services answered into the proceedings' read model: groups in number order with their
 * boards resolved against the templates in the meeting's language, and what the overview needs —
 * partners merged by normalized name, budgets per currency, the vote.
 */
final class ProceedingsAssembler {

    static final String TARGET_GROUP_FIELD = "targetGroup";
    static final String SERVICE_FIELD = "service";

    private final Function<String, Optional<CanvasTemplate>> templates;
    private final Labels labels;
    private final Language language;

    ProceedingsAssembler(Function<String, Optional<CanvasTemplate>> templates, Labels labels, Language language) {
        this.templates = templates;
        this.labels = labels;
        this.language = language;
    }

    /** The read model of a meeting whose groups' current canvases are {@code canvases} (by group id). */
    Proceedings assemble(MeetingDetails meeting, Map<Long, CanvasSnapshot> canvases, Optional<VotingResults> votes) {
        return assemble(meeting, canvases, votes, Optional.empty());
    }

    /** The same, with the answers of the meeting's feedback form when it has any. */
    Proceedings assemble(MeetingDetails meeting, Map<Long, CanvasSnapshot> canvases, Optional<VotingResults> votes,
                         Optional<FeedbackResults> form) {
        List<GroupView> groups = meeting.groups().stream().sorted(Comparator.comparingInt(GroupView::number)).toList();
        List<GroupSheet> sheets = new ArrayList<>();
        List<Canvas> boards = new ArrayList<>();
        for (GroupView group : groups) {
            CanvasSnapshot snapshot = canvases.get(group.id());
            Canvas canvas = snapshot == null ? Canvas.EMPTY : snapshot.canvas();
            boards.add(canvas);
            sheets.add(sheet(group, templates.apply(group.data().templateId()), canvas));
        }
        List<Session> programme = meeting.sessions().stream().map(s -> new Session(s.title(),
                s.presentations().stream().map(PresentationView::presentation).toList())).toList();
        return new Proceedings(language, meeting.facts(), meeting.people(), programme, sheets,
                overview(groups, boards, votes), meeting.feedback(), form.filter(f -> f.answers() > 0).map(ProceedingsAssembler::form));
    }

    private GroupSheet sheet(GroupView group, Optional<CanvasTemplate> template, Canvas canvas) {
        if (template.isEmpty()) {
            return withoutTemplate(group, canvas);
        }
        CanvasTemplate t = template.get();
        List<BoardField> fields = new ArrayList<>();
        for (TemplateField f : t.fields()) {
            fields.add(field(f.id(), orId(f.label(language), f.id()), f.question(language), f.kind(), f.area(), canvas));
        }
        return new GroupSheet(group.number(), group.name(), group.data().members(), orId(t.name(language), t.id()),
                t.boardColumns(), t.boardRows(), fields, ResourceTotals.of(canvas));
    }

    /** A template that is no longer installed: its fields one under the other, named by id, so nothing is lost. */
    private GroupSheet withoutTemplate(GroupView group, Canvas canvas) {
        List<BoardField> fields = new ArrayList<>();
        int row = 1;
        for (var field : canvas.fields().entrySet()) {
            FieldKind kind = field.getValue().getFirst().kind();
            fields.add(field(field.getKey(), field.getKey(), null, kind, new BoardArea(1, row++, 1, 1), canvas));
        }
        return new GroupSheet(group.number(), group.name(), group.data().members(), group.data().templateId(),
                1, Math.max(1, fields.size()), fields, ResourceTotals.of(canvas));
    }

    private static BoardField field(String id, String label, String question, FieldKind kind, BoardArea area, Canvas canvas) {
        Map<String, BigDecimal> totals = kind == FieldKind.RESOURCES
                ? ResourceTotals.of(canvas.entries(id, Resource.class)) : Map.of();
        return new BoardField(id, label, question, kind, area, canvas.entries(id), totals);
    }

    private Overview overview(List<GroupView> groups, List<Canvas> boards, Optional<VotingResults> votes) {
        List<ServiceLine> services = new ArrayList<>();
        List<BudgetLine> budget = new ArrayList<>();
        Map<String, BigDecimal> total = new TreeMap<>();
        Map<String, PartnerTally> partners = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            GroupView group = groups.get(i);
            Canvas canvas = boards.get(i);
            GroupRef ref = new GroupRef(group.number(), group.name());
            services.add(new ServiceLine(ref, notes(canvas, TARGET_GROUP_FIELD), notes(canvas, SERVICE_FIELD)));
            Map<String, BigDecimal> totals = ResourceTotals.of(canvas);
            if (!totals.isEmpty()) {
                budget.add(new BudgetLine(ref, totals));
                totals.forEach((currency, amount) -> total.merge(currency, amount, BigDecimal::add));
            }
            for (PartnerEntry entry : canvas.partners()) {
                partners.computeIfAbsent(PartnerNames.normalize(entry.name()), PartnerTally::new).add(entry, ref);
            }
        }
        Collator collator = Collator.getInstance(language.locale());
        List<PartnerLine> index = partners.values().stream().map(PartnerTally::line)
                .sorted(Comparator.comparing(PartnerLine::name, collator).thenComparing(PartnerLine::key)).toList();
        return new Overview(fieldLabel(groups, TARGET_GROUP_FIELD, "proceedings.services.targetGroup"),
                fieldLabel(groups, SERVICE_FIELD, "proceedings.services.service"), services, index, budget, total,
                votes.filter(v -> !v.tallies().isEmpty() && v.cast() > 0).map(ProceedingsAssembler::votes));
    }

    private static List<String> notes(Canvas canvas, String fieldId) {
        return canvas.entries(fieldId, Note.class).stream().map(Note::text).toList();
    }

    /** The field's label from the first template that has it, as the boards call it. */
    private String fieldLabel(List<GroupView> groups, String fieldId, String fallbackKey) {
        return groups.stream().map(g -> templates.apply(g.data().templateId())).flatMap(Optional::stream)
                .flatMap(t -> t.field(fieldId).stream()).map(f -> f.label(language)).filter(l -> l != null)
                .findFirst().orElseGet(() -> labels.text(fallbackKey));
    }

    private static Votes votes(VotingResults results) {
        return new Votes(results.votesPerTable(), results.tallies().stream()
                .sorted(Comparator.comparingInt(VotingResults.Tally::votes).reversed()
                        .thenComparingInt(VotingResults.Tally::number))
                .map(t -> new VoteLine(new GroupRef(t.number(), t.name()), t.votes())).toList());
    }

    private static FormFeedback form(FeedbackResults results) {
        return new FormFeedback(results.answers(), results.items().stream()
                .map(i -> new FormFeedback.Line(i.text(), i.count())).toList(), results.ratings(), results.comments());
    }

    private static String orId(String text, String id) {
        return text == null || text.isBlank() ? id : text;
    }

    /** Everything the canvases say about one partner (one normalized name). */
    private static final class PartnerTally {

        private final String key;
        private String name;
        private final Map<PartnerType, Integer> types = new LinkedHashMap<>();
        private final Set<String> roles = new LinkedHashSet<>();
        private final Set<GroupRef> groups = new LinkedHashSet<>();

        PartnerTally(String key) {
            this.key = key;
        }

        void add(PartnerEntry entry, GroupRef group) {
            if (name == null) {
                name = entry.name(); // the first spelling, as the first group wrote it
            }
            if (entry.type() != null) {
                types.merge(entry.type(), 1, Integer::sum);
            }
            if (entry.role() != null) {
                roles.add(entry.role());
            }
            groups.add(group);
        }

        PartnerLine line() {
            // The type named most often; on a tie the one named first.
            PartnerType type = types.entrySet().stream()
                    .reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey).orElse(null);
            return new PartnerLine(key, name, type, List.copyOf(roles), List.copyOf(groups));
        }
    }
}
