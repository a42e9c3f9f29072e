package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ui.LanguageSwitch;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasOwner;
import org.partnershipworkshop.canvas.CanvasPage;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.canvas.DocumentSnapshot;
import org.partnershipworkshop.canvas.PartnerSuggestions;
import org.partnershipworkshop.canvas.SaveResult;
import org.partnershipworkshop.canvas.SuggestedPartner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screen a group uses at its shared laptop: its smart diagram as a live-saving {@link BoardEditor} under a
 * header with the group, its meeting and members, the other features' parts ({@link CanvasEditorExtension}),
 * the save status, the history button and the language switch.
 */
@Route(value = "groups/:groupId", autoLayout = false)
@PermitAll
@StyleSheet("./canvas-editor.css")
public class CanvasEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(CanvasEditorView.class);
    private static final int SUGGESTED_PARTNERS = 5;

    private final CanvasService canvases;
    private final Optional<PartnerSuggestions> partnerSuggestions;
    private final List<CanvasEditorExtension> extensions;
    private CanvasPage page;

    public CanvasEditorView(CanvasService canvases, Optional<PartnerSuggestions> partnerSuggestions,
                            List<CanvasEditorExtension> extensions) {
        this.canvases = canvases;
        this.partnerSuggestions = partnerSuggestions;
        this.extensions = extensions.stream().sorted(Comparator.comparingInt(CanvasEditorExtension::order)).toList();
        addClassName("canvas-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long groupId = event.getRouteParameters().getLong("groupId")
                .orElseThrow(() -> new NotFoundException("group", event.getLocation().getPath()));
        page = canvases.page(groupId);
        removeClassName("with-history");
        removeAll();
        BoardEditor editor = new BoardEditor(new GroupCanvas(canvases, groupId), page.template(),
                page.owner().language(), page.snapshot().document(), page.editable(),
                new CanvasBoard.PartnerLookup(canvases::knownPartnerNames, canvases::knownPartner,
                        canvas -> suggestedPartners(groupId, canvas)));
        editor.onHistoryToggled(open -> setClassName("with-history", open));
        add(header(page.owner(), editor), editor);
    }

    /** Suggestions only help: when they fail, the editor carries on without them. */
    private List<SuggestedPartner> suggestedPartners(long groupId, Canvas canvas) {
        try {
            return partnerSuggestions.map(s -> s.suggest(groupId, canvas, SUGGESTED_PARTNERS)).orElse(List.of());
        } catch (RuntimeException e) {
            log.warn("Partner suggestions for group {} failed", groupId, e);
            return List.of();
        }
    }

    private Div header(CanvasOwner owner, BoardEditor editor) {
        Anchor back = new Anchor("meetings/" + owner.meetingId(), "");
        back.add(VaadinIcon.ARROW_LEFT.create());
        back.getElement().setAttribute("aria-label", getTranslation("canvas.backToMeeting"));
        back.getElement().setAttribute("title", getTranslation("canvas.backToMeeting"));
        back.addClassName("back-link");
        H1 title = new H1(getTranslation("canvas.groupTitle", owner.groupNumber(), owner.groupName()));
        Span meeting = new Span(owner.meetingTitle());
        meeting.addClassName("editor-meeting");
        Div titles = new Div(title, meeting);
        titles.addClassName("editor-titles");
        if (!owner.members().isEmpty()) {
            Span members = new Span(owner.members().stream().collect(Collectors.joining(", ")));
            members.addClassName("editor-members");
            titles.add(members);
        }
        Button historyButton = new Button(getTranslation("canvas.history.button"), VaadinIcon.TIME_BACKWARD.create(),
                e -> editor.toggleHistory());
        historyButton.addThemeVariants(ButtonVariant.TERTIARY);
        historyButton.addClassName("history-button");
        Div header = new Div(back, titles);
        extensions.forEach(extension -> extension.create(owner).ifPresent(header::add));
        header.add(editor.status(), historyButton, new LanguageSwitch());
        header.addClassName("editor-header");
        return header;
    }

    @Override
    public String getPageTitle() {
        return page == null ? getTranslation("app.name")
                : getTranslation("canvas.groupTitle", page.owner().groupNumber(), page.owner().groupName())
                + " · " + getTranslation("app.name");
    }

    /** A group's canvas as the board editor reads and saves it: through {@link CanvasService} and its checks. */
    private record GroupCanvas(CanvasService canvases, long groupId) implements DocumentSource {

        @Override
        public DocumentSnapshot current() {
            return canvases.current(groupId).document();
        }

        @Override
        public SaveResult apply(long baseRevision, CanvasEdit edit) {
            return canvases.apply(groupId, baseRevision, edit);
        }

        @Override
        public List<DocumentSnapshot> history() {
            return canvases.history(groupId).stream().map(CanvasSnapshot::document).toList();
        }

        @Override
        public DocumentSnapshot restore(long revision) {
            return canvases.restore(groupId, revision).document();
        }

        @Override
        public Registration subscribe(LongConsumer savedRevision) {
            return canvases.subscribe(groupId, saved -> savedRevision.accept(saved.revision()));
        }
    }
}
