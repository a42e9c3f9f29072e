package org.partnershipworkshop.live.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.live.JoinInfo;
import org.partnershipworkshop.live.LiveState;
import org.partnershipworkshop.live.Phase;
import org.partnershipworkshop.live.VotingService;

/**
 * The facilitator's controls on the projected page, in one compact strip at the bottom that shows while the
 * mouse moves or a control has the focus, and hides otherwise so the room sees only the tables. The page
 * does the work ({@link Actions}); this strip only shows the current state.
 */
class ControlBar extends Div {

    static final List<Integer> MINUTES = List.of(1, 2, 3, 5, 10, 15, 20, 25, 30, 45, 60);

    interface Actions {
        void show(Stage stage);

        void showScreen(String id);

        void phase(Phase phase);

        void startTimer(Duration duration);

        void pauseOrResumeTimer();

        void extendTimer(Duration extra);

        void stopTimer();

        void votesPerTable(int votes);

        void showResults(boolean shown);

        void newCode();
    }

    private final Actions actions;
    private final Button gallery;
    private final Button join;
    private final Button votes;
    private final Select<Phase> phase = new Select<>();
    private final Button previous;
    private final Button next;
    private final Select<Integer> minutes = new Select<>();
    private final Button pause;
    private final IntegerField dots = new IntegerField();
    private final Checkbox results = new Checkbox();
    private final Map<String, Button> screens = new LinkedHashMap<>();
    private LiveState state;

    ControlBar(long meetingId, Actions actions, List<ProjectorScreen> added) {
        this.actions = actions;
        addClassName("control-bar");
        getElement().setAttribute("role", "toolbar");
        getElement().setAttribute("aria-label", getTranslation("live.controls"));

        gallery = button("live.stage.gallery", VaadinIcon.GRID_BIG, () -> actions.show(Stage.GALLERY));
        join = button("live.stage.join", VaadinIcon.QRCODE, () -> actions.show(Stage.JOIN));
        votes = button("live.stage.votes", VaadinIcon.BAR_CHART_H, () -> actions.show(Stage.VOTES));
        Div stages = group("live.controls.show", gallery, join, votes);
        for (ProjectorScreen screen : added) {
            Button button = button(screen.labelKey(), screen.icon(), () -> actions.showScreen(screen.id()));
            button.setTooltipText(getTranslation(screen.labelKey()) + " (" + screen.key().toUpperCase(java.util.Locale.ROOT) + ")");
            button.getElement().setAttribute("data-screen", screen.id());
            screens.put(screen.id(), button);
            stages.add(button);
        }

        previous = iconButton(VaadinIcon.ANGLE_LEFT, "live.phase.previous", () -> state.phase().previous().ifPresent(actions::phase));
        next = iconButton(VaadinIcon.ANGLE_RIGHT, "live.phase.next", () -> state.phase().next().ifPresent(actions::phase));
        phase.setItems(Phase.values());
        phase.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        phase.setAriaLabel(getTranslation("live.phase"));
        phase.addClassName("phase-select");
        phase.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                actions.phase(e.getValue());
            }
        });
        Div phases = group("live.phase", previous, phase, next);

        minutes.setItems(MINUTES);
        minutes.setItemLabelGenerator(m -> getTranslation("live.timer.minutes", m));
        minutes.setValue(10);
        minutes.setAriaLabel(getTranslation("live.timer.length"));
        minutes.addClassName("timer-minutes");
        Button start = button("live.timer.start", VaadinIcon.PLAY, () -> actions.startTimer(Duration.ofMinutes(minutes.getValue())));
        pause = button("live.timer.pause", VaadinIcon.PAUSE, actions::pauseOrResumeTimer);
        Button plusOne = button("live.timer.plusOne", null, () -> actions.extendTimer(Duration.ofMinutes(1)));
        Button plusFive = button("live.timer.plusFive", null, () -> actions.extendTimer(Duration.ofMinutes(5)));
        Button stop = iconButton(VaadinIcon.STOP, "live.timer.stop", actions::stopTimer);
        Div timer = group("live.timer", minutes, start, pause, plusOne, plusFive, stop);

        dots.setMin(1);
        dots.setMax(VotingService.MAX_VOTES_PER_TABLE);
        dots.setStepButtonsVisible(true);
        dots.setAriaLabel(getTranslation("live.votes.perTable"));
        dots.setTooltipText(getTranslation("live.votes.perTable"));
        dots.addClassName("dots-field");
        dots.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                actions.votesPerTable(e.getValue());
            }
        });
        results.setLabel(getTranslation("live.votes.showResults"));
        results.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                actions.showResults(e.getValue());
            }
        });
        Div voting = group("live.votes.perTable", dots, results);

        Button code = button("live.code.new", VaadinIcon.REFRESH, this::confirmNewCode);
        Anchor exit = new Anchor("meetings/" + meetingId, getTranslation("live.exit"));
        exit.addClassName("control-exit");
        Span keys = new Span(getTranslation("live.keys"));
        keys.addClassName("control-keys");
        add(stages, phases, timer, voting, group("live.code", code), exit, keys);
    }

    void show(LiveState next, Stage stage, String screen) {
        state = next;
        phase.setValue(next.phase());
        previous.setEnabled(next.phase().previous().isPresent());
        this.next.setEnabled(next.phase().next().isPresent());
        boolean paused = !next.countdown().isIdle() && !next.countdown().isRunning();
        pause.setText(getTranslation(paused ? "live.timer.resume" : "live.timer.pause"));
        pause.setIcon((paused ? VaadinIcon.PLAY : VaadinIcon.PAUSE).create());
        pause.setEnabled(!next.countdown().isIdle());
        dots.setValue(next.votesPerTable());
        results.setValue(next.resultsShown());
        for (Button button : List.of(gallery, join, votes)) {
            button.removeThemeVariants(ButtonVariant.PRIMARY);
        }
        screens.values().forEach(b -> b.removeThemeVariants(ButtonVariant.PRIMARY));
        Button current = stage == Stage.SCREEN && screens.containsKey(screen) ? screens.get(screen)
                : stage == Stage.JOIN ? join : stage == Stage.VOTES ? votes : gallery;
        current.addThemeVariants(ButtonVariant.PRIMARY);
    }

    void show(JoinInfo info) {
        getElement().setAttribute("data-code", info.code().value());
    }

    private void confirmNewCode() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("live.code.newTitle"), getTranslation("live.code.newText"),
                getTranslation("live.code.new"), e -> actions.newCode());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private Div group(String labelKey, com.vaadin.flow.component.Component... parts) {
        Div group = new Div(parts);
        group.addClassName("control-group");
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-label", getTranslation(labelKey));
        return group;
    }

    private Button button(String labelKey, VaadinIcon icon, Runnable action) {
        Button button = icon == null ? new Button(getTranslation(labelKey)) : new Button(getTranslation(labelKey), icon.create());
        button.addThemeVariants(ButtonVariant.SMALL);
        button.addClickListener(e -> action.run());
        return button;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.SMALL);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }
}
