package org.partnershipworkshop.live.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.partnershipworkshop.security.TableAccess;
import org.partnershipworkshop.security.TableSeat;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.canvas.ui.CanvasEditorView;
import org.partnershipworkshop.live.JoinService;
import org.partnershipworkshop.meeting.ui.MeetingView;
import org.springframework.stereotype.Component;

/**
 * Keeps a seated table on its own screens: its canvas, its meeting's page and the join page. Any other
 * screen leads back to its canvas. On every navigation it also checks the seat: once the meeting is closed
 * the seat ends and the browser lands on the join page. (Services refuse a participant anyway; this spares
 * the table screens that would only say "not allowed".)
 */
@Component
class SeatGuard implements VaadinServiceInitListener {

    private final JoinService joining;

    SeatGuard(JoinService joining) {
        this.joining = joining;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Optional<TableSeat> current = TableAccess.current();
        if (current.isEmpty()) {
            return;
        }
        TableSeat seat = current.get();
        Class<?> target = event.getNavigationTarget();
        if (joining.seatEnded()) {
            TableSession.signOut(VaadinSession.getCurrent());
            if (target != JoinView.class) {
                event.forwardTo("join", QueryParameters.of(JoinView.ENDED, "1"));
            }
            return;
        }
        if (target == JoinView.class || isOwn(event, target, seat)) {
            return;
        }
        if (target == CanvasEditorView.class || target == MeetingView.class) {
            Notifications.info(event.getUI().getTranslation("join.onlyOwnTable", seat.groupNumber()));
        }
        event.forwardTo("groups/" + seat.groupId());
    }

    private static boolean isOwn(BeforeEnterEvent event, Class<?> target, TableSeat seat) {
        if (target == CanvasEditorView.class) {
            return event.getRouteParameters().getLong("groupId").map(id -> id == seat.groupId()).orElse(false);
        }
        if (target == MeetingView.class) {
            return event.getRouteParameters().getLong("meetingId").map(id -> id == seat.meetingId()).orElse(false);
        }
        return false;
    }
}
