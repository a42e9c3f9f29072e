package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.partnershipworkshop.action.ActionFacts;
import org.partnershipworkshop.action.AttachmentService;
import org.partnershipworkshop.action.LibraryReport;
import org.partnershipworkshop.action.ReportFigures;
import org.partnershipworkshop.action.ReportService;
import org.partnershipworkshop.action.ReportStatus;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.ui.BoardEditor;
import org.partnershipworkshop.canvas.ui.CanvasBoard;

/**
 * A library's analytic report: where it stands (and the coordinator's comment when it came back), the figures
 * the product counted beside the library's corrections, the text on the live-saving board (the canvas's rules:
 * every change a revision, nothing lost, others' saves shown), Submit for the library; Accept and Return with a
 * comment for the coordinator.
 */
class ReportPanel extends Div {

    private final ReportService reports;
    private final long actionId;
    private final long libraryId;
    private final boolean coordinator;
    private final CanvasTemplate template;
    private final ActionFacts facts;
    private final Div state = new Div();
    private final Div figures = new Div();
    private final Div board = new Div();

    private final AttachmentService attachments;
    private final Div files = new Div();

    ReportPanel(ReportService reports, AttachmentService attachments, long actionId, long libraryId, boolean coordinator,
                CanvasTemplate template, ActionFacts facts) {
        this.attachments = attachments;
        this.reports = reports;
        this.actionId = actionId;
        this.libraryId = libraryId;
        this.coordinator = coordinator;
        this.template = template;
        this.facts = facts;
        addClassName("action-report");
        state.addClassName("action-report-state");
        figures.addClassName("action-report-figures");
        board.addClassName("action-report-board");
        add(state, figures, board, files);
        show(reports.report(actionId, libraryId), true);
    }

    private void show(LibraryReport r, boolean rebuildBoard) {
        boolean editable = r.status().editableByLibrary() || coordinator;
        state.removeAll();
        ReportBadges.of(this, r.status(), r.late(), r.overdue()).forEach(state::add);
        String due = facts.reportsDue() == null ? "" : getTranslation("action.report.due", Formats.dates(facts.reportsDue(), null, getLocale()));
        String when = r.submittedAt() == null ? "" : getTranslation("action.report.submittedAt", Formats.time(r.submittedAt(), getLocale()));
        state.add(new Span(due + (when.isEmpty() ? "" : " · " + when)));
        if (r.status() == ReportStatus.RETURNED && r.comment() != null) {
            Paragraph comment = new Paragraph(getTranslation("action.report.comment", r.comment()));
            comment.addClassName("action-report-comment");
            state.add(comment);
        }
        state.add(buttons(r));
        figures(r, editable);
        if (rebuildBoard) {
            board.removeAll();
            BoardEditor editor = new BoardEditor(new ReportSource(reports, actionId, libraryId), template, facts.language(),
                    reports.text(actionId, libraryId), editable, CanvasBoard.PartnerLookup.NONE);
            editor.nameDocument(template.name(facts.language()) + " · " + r.library());
            board.add(editor);
            files.removeAll();
            files.add(new AttachmentsPanel(attachments, actionId, libraryId, editable));
        }
    }

    private Component buttons(LibraryReport r) {
        Div buttons = new Div();
        buttons.addClassName("action-report-buttons");
        if (r.status().editableByLibrary()) {
            Button submit = new Button(getTranslation("action.report.submit"), VaadinIcon.PAPERPLANE.create(), e -> act(() -> reports.submit(actionId, libraryId), "action.report.submitted"));
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            submit.addClassName("action-report-submit");
            buttons.add(submit);
        }
        if (coordinator && (r.status() == ReportStatus.SUBMITTED || r.status() == ReportStatus.ACCEPTED)) {
            if (r.status() == ReportStatus.SUBMITTED) {
                Button accept = new Button(getTranslation("action.report.accept"), VaadinIcon.CHECK.create(), e -> act(() -> reports.accept(actionId, libraryId), "action.report.accepted"));
                accept.addThemeVariants(ButtonVariant.PRIMARY);
                accept.addClassName("action-report-accept");
                buttons.add(accept);
            }
            Button back = new Button(getTranslation("action.report.return"), VaadinIcon.REPLY.create(), e -> returnDialog());
            back.addClassName("action-report-return");
            buttons.add(back);
        }
        return buttons;
    }

    private void figures(LibraryReport r, boolean editable) {
        figures.removeAll();
        ReportFigures c = r.corrections();
        IntegerField events = figure("action.report.events", r.counted().events(), c.events(), editable);
        IntegerField people = figure("action.report.participants", r.counted().participants(), c.participants(), editable);
        IntegerField answers = figure("action.report.answers", (int) Math.min(Integer.MAX_VALUE, r.counted().answers()), c.answers(), editable);
        figures.add(events, people, answers);
        if (editable) {
            Button save = new Button(getTranslation("action.report.saveFigures"), e -> act(() -> reports.setFigures(actionId, libraryId,
                    new ReportFigures(events.getValue(), people.getValue(), answers.getValue())), "action.report.figuresSaved"));
            save.addClassName("action-report-save-figures");
            figures.add(save);
        }
    }

    private IntegerField figure(String key, int counted, Integer corrected, boolean editable) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(0);
        field.setValue(corrected);
        field.setPlaceholder(Integer.toString(counted));
        field.setHelperText(getTranslation("action.report.counted", counted));
        field.setReadOnly(!editable);
        return field;
    }

    private void returnDialog() {
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("action.report.return"));
        TextArea comment = new TextArea(getTranslation("action.report.commentLabel"));
        comment.setMaxLength(Limits.TEXT);
        comment.setWidth("min(36rem, 90vw)");
        comment.addClassName("action-report-comment-field");
        dialog.add(comment);
        Button send = new Button(getTranslation("action.report.return"), e -> {
            try {
                show(reports.returnReport(actionId, libraryId, comment.getValue()), true);
                Notifications.success(getTranslation("action.report.returned"));
                dialog.close();
            } catch (ValidationFailedException ex) {
                Problems.show(dialog, ex, java.util.Map.of("comment", comment));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClassName("dialog-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void act(java.util.function.Supplier<LibraryReport> step, String done) {
        try {
            show(step.get(), true);
            Notifications.success(getTranslation(done));
        } catch (ValidationFailedException e) {
            Problems.show(this, e);
        }
    }
}
