package org.partnershipworkshop.live.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Supplier;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.base.ui.ScreenUpdates;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasChanges;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.live.JoinInfo;
import org.partnershipworkshop.live.JoinLinks;
import org.partnershipworkshop.live.JoinService;
import org.partnershipworkshop.live.LiveEvent;
import org.partnershipworkshop.live.LiveState;
import org.partnershipworkshop.live.Phase;
import org.partnershipworkshop.live.Presence;
import org.partnershipworkshop.live.RoomService;
import org.partnershipworkshop.live.VotingService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingDetails.GroupView;
import org.partnershipworkshop.meeting.MeetingService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The projector: every table's canvas live in a gallery readable from the back of the room (up to twelve
 * on one screen, more in pages), one table's whole canvas, the join screen with its QR code, or the dot vote.
 * The phase and the countdown are always at the top. Saves, votes and laptops connecting arrive by server
 * push, drawn at most four times a second. Keys: 1–9 (or two digits) a table, ←/→ the previous/next table
 * (or page), Esc or 0 all tables, J join screen, V vote; the facilitator's controls sit at the bottom.
 * Other features add screens of their own ({@link ProjectorScreen}: the feedback form's results, key F).
 */
@Route(value = "meetings/:meetingId/present", autoLayout = false)
@RolesAllowed("FACILITATOR")
@StyleSheet("./live.css")
@JsModule("./projector-keys.js")
public class PresentView extends Div implements BeforeEnterObserver, HasDynamicTitle, ControlBar.Actions {

    static final int PAGE_SIZE = 12;
    static final String VIEW = "view";


    private final MeetingService meetings;
    private final CanvasService canvases;
    private final RoomService room;
    private final JoinService joining;
    private final VotingService voting;
    private final JoinLinks links;
    private final List<ProjectorScreen> screens;
    private final Clock clock = Clock.systemUTC();
    private final List<Registration> registrations = new ArrayList<>();
    private final Div stage = new Div();
    private final Span phase = new Span();
    private final Span pageInfo = new Span();
    private final Span joinHint = new Span();
    private final CountdownDisplay countdown = new CountdownDisplay(clock);
    private final Map<Long, TableTile> tiles = new LinkedHashMap<>();
    private final Map<Long, CanvasSnapshot> snapshots = new HashMap<>();
    private final Map<String, CanvasTemplate> templates = new HashMap<>();
    private MeetingDetails meeting;
    private List<GroupView> groups = List.of();
    private LiveState state;
    private JoinInfo join;
    private Presence presence = new Presence(Map.of());
    private ControlBar controls;
    private JoinScreen joinScreen;
    private VoteChart voteChart;
    private CanvasPoster poster;
    private Stage shown = Stage.GALLERY;
    private String screenId;
    private int page;

    public PresentView(MeetingService meetings, CanvasService canvases, RoomService room, JoinService joining,
                       VotingService voting, JoinLinks links,
                       ObjectProvider<ProjectorScreen> screens) {
        this.meetings = meetings;
        this.canvases = canvases;
        this.room = room;
        this.joining = joining;
        this.voting = voting;
        this.links = links;
        this.screens = screens.orderedStream().sorted(Comparator.comparingInt(ProjectorScreen::order)).toList();
        addClassName("present-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long meetingId = event.getRouteParameters().getLong("meetingId")
                .orElseThrow(() -> new NotFoundException("meeting", event.getLocation().getPath()));
        unsubscribe();
        load(meetings.details(meetingId));
        state = room.state(meetingId);
        join = joining.joinInfo(meetingId);
        presence = room.presence(meetingId);
        build();
        Optional<String> view = event.getLocation().getQueryParameters().getSingleParameter(VIEW);
        Optional<ProjectorScreen> screen = view.flatMap(this::screen);
        if (screen.isPresent()) {
            showScreen(screen.get().id());
        } else {
            show(view.map(v -> v.toUpperCase(Locale.ROOT)).filter(v -> Set.of("JOIN", "VOTES", "GALLERY").contains(v))
                    .map(Stage::valueOf).orElse(state.phase() == Phase.VOTING ? Stage.VOTES : Stage.GALLERY));
        }
        subscribe(event.getUI());
    }

    private void load(MeetingDetails details) {
        meeting = details;
        groups = details.groups();
        snapshots.clear();
        snapshots.putAll(canvases.current(groups.stream().map(GroupView::id).toList()));
        snapshots.values().forEach(s -> templates.computeIfAbsent(s.templateId(),
                id -> canvases.findTemplate(id).orElseThrow()));
    }

    /** The meeting was edited: when its title or tables changed, the tiles are rebuilt and the stage kept. */
    private void regroup() {
        MeetingDetails fresh;
        try {
            fresh = meetings.details(meeting.id());
        } catch (NotFoundException deleted) {
            return; // the screen keeps what it shows; a reload says the meeting is gone
        }
        if (fresh.groups().equals(groups) && fresh.facts().title().equals(meeting.facts().title())) {
            meeting = fresh;
            return;
        }
        Stage was = shown;
        String screenWas = screenId;
        Long focused = poster == null ? null : poster.groupId();
        UI ui = getUI().orElseThrow();
        unsubscribe();
        load(fresh);
        build();
        if (was == Stage.SCREEN && screenWas != null) {
            showScreen(screenWas);
        } else if (was == Stage.TABLE && focused != null && snapshots.containsKey(focused)) {
            focusGroup(focused);
        } else {
            show(was == Stage.TABLE || was == Stage.SCREEN ? Stage.GALLERY : was);
        }
        subscribe(ui);
    }

    private void build() {
        removeAll();
        tiles.clear();
        H1 title = new H1(meeting.facts().title());
        title.addClassName("present-title");
        phase.addClassName("phase-chip");
        pageInfo.addClassName("present-page");
        joinHint.addClassName("present-join-hint");
        Div header = new Div(title, phase, pageInfo, joinHint, countdown);
        header.addClassName("present-header");
        stage.addClassName("present-stage");
        for (GroupView group : groups) {
            TableTile tile = new TableTile(group, this::focusGroup);
            tiles.put(group.id(), tile);
            CanvasSnapshot snapshot = snapshots.get(group.id());
            if (snapshot != null) {
                tile.show(snapshot, templates.get(snapshot.templateId()), language(), null);
            }
            tile.presence(presence.laptops(group.id()));
        }
        controls = new ControlBar(meeting.id(), this, screens);
        add(header, stage, controls);
        showState();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (meeting != null && registrations.isEmpty()) {
            subscribe(event.getUI());
        }
        Map<String, String> keys = new LinkedHashMap<>();
        screens.forEach(s -> keys.putIfAbsent(s.key(), s.id()));
        getElement().executeJs("window.workshopProjectorKeys($0, JSON.parse($1))", getElement(),
                org.partnershipworkshop.base.Json.MAPPER.writeValueAsString(keys));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe();
    }

    private void subscribe(UI ui) {
        ScreenUpdates<Object> updates = new ScreenUpdates<>(ui, this::redraw);
        for (GroupView group : groups) {
            registrations.add(canvases.subscribe(group.id(), saved -> updates.offer(saved.groupId())));
        }
        registrations.add(room.subscribe(meeting.id(), event -> updates.offer(event.kind())));
    }

    private void unsubscribe() {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    /** Redraws what changed elsewhere: canvases (group ids), the room's state, votes, laptops. */
    private void redraw(Set<Object> changed) {
        if (!isAttached()) {
            return;
        }
        List<Long> groupIds = changed.stream().filter(Long.class::isInstance).map(Long.class::cast).toList();
        if (!groupIds.isEmpty()) {
            canvases.current(groupIds).forEach(this::showCanvas);
        }
        if (changed.contains(LiveEvent.Kind.MEETING)) {
            regroup();
        }
        if (changed.contains(LiveEvent.Kind.STATE) || changed.contains(LiveEvent.Kind.CLOSED)) {
            Phase before = state.phase();
            state = room.state(meeting.id());
            join = joining.joinInfo(meeting.id());
            showState();
            if (before != Phase.VOTING && state.phase() == Phase.VOTING) {
                show(Stage.VOTES);
            } else if (shown == Stage.JOIN) {
                joinScreen.show(join, joinUrl(), links.localOnly());
            }
        }
        if (changed.contains(LiveEvent.Kind.PRESENCE)) {
            presence = room.presence(meeting.id());
            tiles.values().forEach(t -> t.presence(presence.laptops(t.groupId())));
            if (poster != null) {
                poster.presence(presence.laptops(poster.groupId()));
            }
            if (joinScreen != null) {
                joinScreen.presence(groups, presence);
            }
        }
        if ((changed.contains(LiveEvent.Kind.VOTES) || changed.contains(LiveEvent.Kind.STATE)) && voteChart != null) {
            voteChart.show(voting.results(meeting.id()));
        }
    }

    private void showCanvas(long groupId, CanvasSnapshot snapshot) {
        CanvasSnapshot before = snapshots.put(groupId, snapshot);
        if (before != null && before.revision() >= snapshot.revision()) {
            return;
        }
        CanvasTemplate template = templates.computeIfAbsent(snapshot.templateId(), id -> canvases.findTemplate(id).orElseThrow());
        CanvasChanges changes = CanvasChanges.between(before == null ? Canvas.EMPTY : before.canvas(), snapshot.canvas());
        TableTile tile = tiles.get(groupId);
        if (tile != null) {
            tile.show(snapshot, template, language(), changes);
        }
        if (poster != null && poster.groupId() == groupId) {
            poster.show(snapshot, changes);
        }
    }

    private void showState() {
        phase.setText(getTranslation(state.phase().labelKey()));
        phase.getElement().setAttribute("data-phase", state.phase().name());
        countdown.show(state.countdown());
        joinHint.setText(join.open() ? getTranslation("live.joinHint", join.code().grouped()) : "");
        controls.show(state, shown, screenId);
        controls.show(join);
    }

    // --- what the stage shows

    @ClientCallable
    public void showStage(String name) {
        show(Stage.valueOf(name));
    }

    /** A screen another feature added, by its id. */
    @ClientCallable
    @Override
    public void showScreen(String id) {
        ProjectorScreen screen = screen(id).orElse(null);
        if (screen == null) {
            return;
        }
        shown = Stage.SCREEN;
        screenId = screen.id();
        stage.removeAll();
        poster = null;
        joinScreen = null;
        voteChart = null;
        pageInfo.setText("");
        stage.getElement().setAttribute("data-stage", "SCREEN");
        stage.getElement().setAttribute("data-screen", screen.id());
        stage.add(screen.create(new ProjectorScreen.Context(meeting.id(), links.base(),
                links.localOnly())));
        controls.show(state, shown, screenId);
    }

    private Optional<ProjectorScreen> screen(String id) {
        return screens.stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst();
    }

    @Override
    public void show(Stage next) {
        if (next == Stage.SCREEN) {
            return; // screens are shown by id
        }
        shown = next;
        screenId = null;
        stage.getElement().removeAttribute("data-screen");
        stage.removeAll();
        poster = null;
        joinScreen = null;
        voteChart = null;
        pageInfo.setText("");
        stage.getElement().setAttribute("data-stage", next.name());
        switch (next) {
            case GALLERY, TABLE -> gallery();
            case JOIN -> {
                joinScreen = new JoinScreen();
                joinScreen.show(join, joinUrl(), links.localOnly());
                joinScreen.presence(groups, presence);
                stage.add(joinScreen);
            }
            case VOTES -> {
                voteChart = new VoteChart();
                voteChart.show(voting.results(meeting.id()));
                stage.add(voteChart);
            }
        }
        controls.show(state, shown, screenId);
    }

    private void gallery() {
        shown = Stage.GALLERY;
        List<TableTile> all = new ArrayList<>(tiles.values());
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.min(page, pages - 1);
        List<TableTile> onPage = all.subList(page * PAGE_SIZE, Math.min(all.size(), (page + 1) * PAGE_SIZE));
        Div grid = new Div();
        grid.addClassName("gallery");
        // every page is laid out for as many tables as the first holds, so tiles keep their size from page to page
        int perPage = Math.min(all.size(), PAGE_SIZE);
        int columns = perPage <= 4 ? 2 : perPage <= 9 ? 3 : 4;
        int rows = Math.max(1, (perPage + columns - 1) / columns);
        grid.getStyle().set("--gallery-columns", String.valueOf(columns));
        grid.getStyle().set("--gallery-rows", String.valueOf(rows));
        onPage.forEach(grid::add);
        if (all.isEmpty()) {
            grid.add(new Span(getTranslation("live.noTables")));
        }
        if (pages > 1) {
            pageInfo.setText(getTranslation("live.page", page + 1, pages));
        }
        stage.add(grid);
    }

    private void focusGroup(long groupId) {
        GroupView group = groups.stream().filter(g -> g.id() == groupId).findFirst().orElse(null);
        CanvasSnapshot snapshot = snapshots.get(groupId);
        if (group == null || snapshot == null) {
            return;
        }
        shown = Stage.TABLE;
        screenId = null;
        stage.getElement().removeAttribute("data-screen");
        stage.removeAll();
        joinScreen = null;
        voteChart = null;
        pageInfo.setText("");
        stage.getElement().setAttribute("data-stage", Stage.TABLE.name());
        poster = new CanvasPoster(group, templates.get(snapshot.templateId()), language());
        poster.presence(presence.laptops(groupId));
        stage.add(poster);
        poster.show(snapshot, null);
        controls.show(state, shown, screenId);
    }

    /** A table by its number (keys 1–9, or two digits quickly). */
    @ClientCallable
    public void focusTable(int number) {
        groups.stream().filter(g -> g.number() == number).findFirst().ifPresent(g -> focusGroup(g.id()));
    }

    /** The next or previous table while one is shown, else the next or previous page of the gallery. */
    @ClientCallable
    public void step(int delta) {
        if (shown == Stage.TABLE && poster != null && !groups.isEmpty()) {
            int at = groups.indexOf(groups.stream().filter(g -> g.id() == poster.groupId()).findFirst().orElseThrow());
            focusGroup(groups.get(Math.floorMod(at + delta, groups.size())).id());
        } else if (shown == Stage.GALLERY) {
            int pages = Math.max(1, (groups.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            page = Math.floorMod(page + delta, pages);
            show(Stage.GALLERY);
        }
    }

    // --- the facilitator's controls

    @Override
    public void phase(Phase next) {
        act(() -> room.setPhase(meeting.id(), next));
    }

    @Override
    public void startTimer(Duration duration) {
        act(() -> room.startTimer(meeting.id(), duration));
    }

    @Override
    public void pauseOrResumeTimer() {
        act(() -> state.countdown().isRunning() ? room.pauseTimer(meeting.id()) : room.resumeTimer(meeting.id()));
    }

    @Override
    public void extendTimer(Duration extra) {
        act(() -> room.extendTimer(meeting.id(), extra));
    }

    @Override
    public void stopTimer() {
        act(() -> room.stopTimer(meeting.id()));
    }

    @Override
    public void votesPerTable(int votes) {
        act(() -> voting.setVotesPerTable(meeting.id(), votes));
    }

    @Override
    public void showResults(boolean visible) {
        act(() -> voting.showResults(meeting.id(), visible));
    }

    @Override
    public void newCode() {
        join = joining.regenerateCode(meeting.id());
        showState();
        if (joinScreen != null) {
            joinScreen.show(join, joinUrl(), links.localOnly());
        }
    }

    /** Changes the room and shows the result at once (the push that follows finds nothing new). */
    private void act(Supplier<LiveState> change) {
        Phase before = state.phase();
        try {
            state = change.get();
        } catch (ValidationFailedException e) {
            Problems.show(this, e);
            state = room.state(meeting.id());
        }
        join = joining.joinInfo(meeting.id());
        showState();
        if (before != Phase.VOTING && state.phase() == Phase.VOTING) {
            show(Stage.VOTES);
        } else if (voteChart != null) {
            voteChart.show(voting.results(meeting.id()));
        } else if (joinScreen != null) {
            joinScreen.show(join, joinUrl(), links.localOnly());
        }
    }

    // --- helpers

    private Language language() {
        return meeting.facts().language();
    }

    private String joinUrl() {
        return links.url(join.code());
    }

    /** For tests: the tiles in gallery order. */
    List<TableTile> tiles() {
        return List.copyOf(tiles.values());
    }

    Stage shownStage() {
        return shown;
    }

    @Override
    public String getPageTitle() {
        return meeting == null ? getTranslation("app.name")
                : getTranslation("live.present.title", meeting.facts().title()) + " · " + getTranslation("app.name");
    }
}
