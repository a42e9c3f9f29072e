package org.partnershipworkshop.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipworkshop.live.Seating.as;
import static org.partnershipworkshop.live.Seating.seatAt;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.security.TableSeat;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A participant of table 2 calls every public method of every application service with the ids of table 3
 * and of another meeting: each must refuse, except the few that touch no table at all. A new service method
 * that lets such a participant through fails this test until it is reviewed and listed here.
 */
@IntegrationTest
class ParticipantAccessTest {

    /** Methods any signed-in caller (or anyone) may use; none reads or changes a table's or meeting's data. */
    static final Set<String> OPEN_TO_ANY_PARTICIPANT = Set.of(
            "CanvasService.templates", "CanvasService.knownPartnerNames", "CanvasService.knownPartner",
            "JoinService.checkCode", "JoinService.seat", "JoinService.issueToken", "JoinService.seatEnded",
            // The audit log records what the services do for anyone; only admins read it.
            "AuditService.record", "AuditService.recordAs", "AuditService.recordRepeated",
            // The feedback form is answered without an account by whoever has its code (decision 0063).
            "DialogueService.publicForm", "DialogueService.ownAnswer", "DialogueService.submit",
            // A library's invitation link is taken up without an account: the token is the credential (0113).
            "LibraryAccountService.invitation", "LibraryAccountService.accept");
    /** Unsecured by design (sign-in lookup, first start, public template lookup); see ArchitectureTest. */
    static final Set<String> NOT_SECURED = Set.of("loadUserByUsername", "createFirstAdmin", "findTemplate");

    @Autowired
    ApplicationContext context;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    CanvasService canvases;
    @Autowired
    JoinService joining;
    @Autowired
    RoomService room;
    @Autowired
    VotingService voting;

    MeetingDetails meeting;
    MeetingDetails other;
    TableSeat two;
    long three;

    @BeforeEach
    void seatTableTwo() {
        meeting = TestDataHolder.meeting(interchange, meetings);
        other = TestDataHolder.other(interchange, meetings);
        two = seatAt(meeting, 2);
        three = seatAt(meeting, 3).groupId();
        SystemTask.run(() -> joining.joinInfo(meeting.id()));
    }

    @Test
    void everyServiceMethodRefusesTheParticipantOfAnotherTable() {
        Map<String, String> admitted = new TreeMap<>();
        Set<String> checked = new TreeSet<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getSimpleName().endsWith("Service") || !type.getPackageName().startsWith("org.partnershipworkshop")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic() || NOT_SECURED.contains(method.getName())) {
                    continue;
                }
                String name = type.getSimpleName() + "." + method.getName();
                checked.add(name);
                String outcome = call(bean, method);
                if (outcome != null) {
                    admitted.put(name, outcome);
                }
            }
        }
        assertThat(checked).contains("MeetingService.details", "CanvasService.apply", "VotingService.vote", "RoomService.setPhase", "JoinService.joinInfo",
                "AccountService.list", "InterchangeService.export");
        // The probe sees a method that lets the participant in: the open ones do.
        assertThat(admitted.keySet()).contains("CanvasService.templates", "JoinService.checkCode");
        assertThat(admitted.keySet()).as("methods that let a participant of table 2 reach table 3 or another meeting: %s",
                admitted).isSubsetOf(OPEN_TO_ANY_PARTICIPANT);
    }

    /** Null when the call was refused; otherwise how it ended. */
    private String call(Object bean, Method method) {
        Object[] args = new Object[method.getParameterCount()];
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < args.length; i++) {
            args[i] = foreign(parameters[i]);
        }
        try {
            Method proxied = bean.getClass().getMethod(method.getName(), method.getParameterTypes());
            as(two, () -> {
                try {
                    return proxied.invoke(bean, args);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            });
            return "returned";
        } catch (AccessDeniedException e) {
            return null;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    /** An argument that points at table 3 or at the other meeting, by the parameter's name. */
    private Object foreign(Parameter parameter) {
        String name = parameter.getName().toLowerCase();
        Class<?> type = parameter.getType();
        if (type == long.class || type == Long.class) {
            if (name.contains("meeting")) {
                return other.id();
            }
            if (name.contains("session")) {
                return other.sessions().getFirst().id();
            }
            if (name.contains("presentation")) {
                return other.sessions().getFirst().presentations().getFirst().id();
            }
            return name.contains("group") ? three : 1L;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "participant-access-test";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return List.of(three, other.groups().getFirst().id());
        }
        if (type == Consumer.class) {
            return (Consumer<Object>) event -> { };
        }
        return null;
    }

    @Test
    void theParticipantReadsItsMeetingAndWorksOnItsOwnCanvasOnly() {
        long own = two.groupId();
        assertThat(as(two, () -> meetings.details(meeting.id())).groups()).hasSize(9);
        assertThat(as(two, () -> meetings.groups(meeting.id()))).hasSize(9);
        assertThat(as(two, () -> meetings.group(own)).number()).isEqualTo(2);
        assertThat(as(two, () -> canvases.page(own)).editable()).isTrue();
        long revision = as(two, () -> canvases.current(own)).revision();
        var saved = as(two, () -> canvases.apply(own, revision, new CanvasEdit.Add("goal", new Note("Наша цел"))));
        assertThat(saved.saved().savedBy()).isEqualTo("table-2");
        assertThat(as(two, () -> canvases.replace(own, saved.saved().revision(), Canvas.EMPTY)).canvas().isEmpty()).isTrue();
        assertThat(as(two, () -> canvases.history(own))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(as(two, () -> canvases.restore(own, revision)).canvas().isEmpty()).isFalse();
        as(two, () -> canvases.subscribe(own, e -> { })).remove();
        as(two, () -> room.subscribe(meeting.id(), e -> { })).remove();
        as(two, () -> room.connect(own)).remove();
        assertThat(as(two, () -> voting.ballot(own)).groupId()).isEqualTo(own);

        assertThatThrownBy(() -> as(two, () -> canvases.current(three))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(two, () -> canvases.apply(three, 1, new CanvasEdit.Add("goal", new Note("x")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(two, () -> meetings.details(other.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(two, () -> meetings.list())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(two, () -> canvases.current(List.of(own)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onceTheMeetingIsClosedEvenTheOwnTableIsRefused() {
        long own = two.groupId();
        SystemTask.run(() -> room.setPhase(meeting.id(), Phase.CLOSED));
        try {
            assertThatThrownBy(() -> as(two, () -> canvases.current(own))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(two, () -> meetings.details(meeting.id()))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(two, () -> room.state(meeting.id()))).isInstanceOf(AccessDeniedException.class);
        } finally {
            SystemTask.run(() -> room.setPhase(meeting.id(), Phase.GROUP_WORK));
        }
    }

    /** Two meetings imported once for this class (each test leaves them usable). */
    static final class TestDataHolder {
        private static MeetingDetails meeting;
        private static MeetingDetails other;

        static synchronized MeetingDetails meeting(InterchangeService interchange, MeetingService meetings) {
            if (meeting == null) {
                meeting = org.partnershipworkshop.support.TestData.importExample(interchange, meetings);
            }
            return meeting;
        }

        static synchronized MeetingDetails other(InterchangeService interchange, MeetingService meetings) {
            if (other == null) {
                other = org.partnershipworkshop.support.TestData.importExample(interchange, meetings);
            }
            return other;
        }
    }
}
