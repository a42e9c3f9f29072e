package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.base.ui.LanguageSwitch;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasOwner;
import org.partnershipworkshop.canvas.CanvasPage;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.canvas.PartnerSuggestions;
import org.partnershipworkshop.canvas.SaveResult;
import org.partnershipworkshop.canvas.SuggestedPartner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screen a group uses at its shared laptop: its smart diagram as a board. Every committed change is
 * saved at once as a new revision; the header says so. A change made while another laptop saved is
 * applied on top of theirs and the user is told.
 */
@Route(value = "groups/:groupId", autoLayout = false)
@PermitAll
public class CanvasEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(CanvasEditorView.class);
    private static final int SUGGESTED_PARTNERS = 5;

    private final CanvasService canvases;
    private final Optional<PartnerSuggestions> partnerSuggestions;
    private final Span status = new Span();
    private CanvasPage page;
    private CanvasBoard board;
    private long revision;

    public CanvasEditorView(CanvasService canvases, Optional<PartnerSuggestions> partnerSuggestions) {
        this.canvases = canvases;
        this.partnerSuggestions = partnerSuggestions;
        addClassName("canvas-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long groupId = event.getRouteParameters().getLong("groupId")
                .orElseThrow(() -> new NotFoundException("group", event.getLocation().getPath()));
        page = canvases.page(groupId);
        revision = page.snapshot().revision();
        removeAll();
        add(header(page.owner()));
        board = new CanvasBoard(page.template(), page.owner().language(), page.snapshot().canvas(), page.editable(),
                this::apply, new CanvasBoard.PartnerLookup(canvases::knownPartnerNames, canvases::knownPartner,
                        canvas -> suggestedPartners(groupId, canvas)));
        add(board);
        showSaved(page.snapshot());
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

    private Div header(CanvasOwner owner) {
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
        status.addClassName("save-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        Div header = new Div(back, titles, status, new LanguageSwitch());
        header.addClassName("editor-header");
        return header;
    }

    private void apply(CanvasEdit edit) {
        status.setText(getTranslation("canvas.saving"));
        try {
            SaveResult result = canvases.apply(page.owner().groupId(), revision, edit);
            revision = result.saved().revision();
            board.show(result.saved().canvas());
            showSaved(result.saved());
            if (result.merged()) {
                String who = result.othersSaved().stream().map(CanvasSnapshot::savedBy).distinct()
                        .collect(Collectors.joining(", "));
                Notifications.info(getTranslation("canvas.merged", who));
            }
        } catch (ValidationFailedException e) {
            status.setText(getTranslation("canvas.notSaved"));
            status.addClassName("failed");
            Problems.show(this, e);
        } catch (RuntimeException e) {
            log.error("Saving canvas of group {} failed", page.owner().groupId(), e);
            status.setText(getTranslation("canvas.notSaved"));
            status.addClassName("failed");
            Notifications.error(getTranslation("canvas.saveFailed"));
        }
    }

    private void showSaved(CanvasSnapshot snapshot) {
        status.removeClassName("failed");
        status.setText(getTranslation("canvas.saved", snapshot.revision(), Formats.time(snapshot.savedAt(), getLocale())));
    }

    @Override
    public String getPageTitle() {
        return page == null ? getTranslation("app.name")
                : getTranslation("canvas.groupTitle", page.owner().groupNumber(), page.owner().groupName())
                + " · " + getTranslation("app.name");
    }
}
