package org.partnershipworkshop.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import org.partnershipworkshop.security.TableAccess;
import org.partnershipworkshop.live.JoinInfo;
import org.partnershipworkshop.live.JoinService;
import org.partnershipworkshop.live.LiveState;
import org.partnershipworkshop.live.RoomService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.ui.MeetingPageAction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;

/** The live facilitation buttons on a meeting's page: present, join screen, the room's state; for a table, its canvas. */
@Configuration
class LiveMeetingActions {

    static boolean facilitator() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_FACILITATOR".equals(a.getAuthority()));
    }

    /** "Present": the projector's gallery of all tables. */
    @Bean
    MeetingPageAction presentAction() {
        return action(20, meeting -> {
            Button present = new Button(UI.getCurrent().getTranslation("live.action.present"), VaadinIcon.DESKTOP.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("meetings/" + meeting.id() + "/present")));
            present.addThemeVariants(ButtonVariant.PRIMARY);
            present.addClassName("present-action");
            return present;
        });
    }

    /** "Join screen": the projector showing the QR code and the code in big letters. */
    @Bean
    MeetingPageAction joinScreenAction() {
        return action(21, meeting -> new Button(UI.getCurrent().getTranslation("live.action.joinScreen"),
                VaadinIcon.QRCODE.create(), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(
                "meetings/" + meeting.id() + "/present", QueryParameters.of(PresentView.VIEW, "join")))));
    }

    /** The room at a glance for the facilitator: phase and join code, to read out. */
    @Bean
    MeetingPageAction liveStatusAction(RoomService room, JoinService joining) {
        return action(22, meeting -> {
            LiveState state = room.state(meeting.id());
            JoinInfo join = joining.joinInfo(meeting.id());
            UI ui = UI.getCurrent();
            return new LiveStatus(ui.getTranslation("live.action.status", ui.getTranslation(state.phase().labelKey()),
                    join.open() ? join.code().grouped() : "—"));
        });
    }

    /** The room's phase and code as a chip (a class of its own, so the live stylesheet comes with it). */
    @StyleSheet("./live.css")
    static final class LiveStatus extends Span {
        LiveStatus(String text) {
            super(text);
            addClassName("live-status");
        }
    }

    private static MeetingPageAction action(int order, java.util.function.Function<MeetingDetails, Component> create) {
        return new MeetingPageAction() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public Optional<Component> create(MeetingDetails meeting) {
                return facilitator() ? Optional.of(create.apply(meeting)) : Optional.empty();
            }
        };
    }

    /** A table on its meeting's page: the way back to its own canvas. */
    @Bean
    MeetingPageAction ownTableAction() {
        return new MeetingPageAction() {
            @Override
            public int order() {
                return 1;
            }

            @Override
            public Optional<Component> create(MeetingDetails meeting) {
                return TableAccess.current().filter(seat -> seat.meetingId() == meeting.id()).map(seat -> {
                    Button back = new Button(UI.getCurrent().getTranslation("live.action.ownTable", seat.groupNumber()),
                            VaadinIcon.ARROW_LEFT.create(), e -> e.getSource().getUI()
                            .ifPresent(ui -> ui.navigate("groups/" + seat.groupId())));
                    back.addThemeVariants(ButtonVariant.PRIMARY);
                    return back;
                });
            }
        };
    }
}
