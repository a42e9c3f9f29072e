package org.partnershipworkshop.live.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.BrowserlessTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.security.TableSeat;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.live.JoinService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The join page without a browser: a wrong code, too many of them, a right one, a table picked. */
@BrowserlessTest
class JoinViewTest extends SpringBrowserlessTest {

    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    JoinService joining;

    MeetingDetails meeting;
    String code;

    /** Each test's requests come from an address of its own, so the join limit of other tests does not count. */
    @Override
    @BeforeEach
    protected void initVaadinEnvironment() {
        String address = "10.0.%d.%d".formatted(ThreadLocalRandom.current().nextInt(256), ThreadLocalRandom.current().nextInt(256));
        MockVaadin.INSTANCE.setMockRequestFactory(session -> new MockRequest(session) {
            @Override
            public String getRemoteAddr() {
                return address;
            }

            /** The mock session keeps its id; that joining changes it is checked in a real browser (LiveInBrowserTest). */
            @Override
            public String changeSessionId() {
                return getSession().getId();
            }

            @Override
            public boolean isRequestedSessionIdValid() {
                return true;
            }
        });
        super.initVaadinEnvironment();
    }

    @BeforeEach
    void openMeeting() {
        meeting = TestData.importExample(interchange, meetings);
        code = SystemTask.run(() -> joining.joinInfo(meeting.id())).code().value();
    }

    @AfterEach
    void standUp() {
        VaadinSession.getCurrent().getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        MockVaadin.INSTANCE.setMockRequestFactory(MockRequest::new);
    }

    private TextField codeField() {
        return $(TextField.class).single();
    }

    private void tryCode(String typed) {
        test(codeField()).setValue(typed);
        test($(Button.class).all().stream().filter(b -> b.hasClassName("join-next")).findFirst().orElseThrow()).click();
    }

    private List<Button> tables() {
        return $(Button.class).all().stream().filter(b -> b.hasClassName("join-table")).toList();
    }

    @Test
    void aWrongCodeSaysSoAndARightOneListsTheTables() {
        navigate(JoinView.class);
        tryCode("ZZZZ ZZZZ");
        assertThat(codeField().isInvalid()).isTrue();
        assertThat(codeField().getErrorMessage()).isEqualTo(codeField().getTranslation("join.wrongCode"));

        tryCode(code.toLowerCase().substring(0, 4) + "-" + code.substring(4));
        assertThat(tables()).hasSize(9);
        assertThat(tables().get(1).getElement().getTextRecursively()).contains("2", "Ученици");
    }

    @Test
    void pickingATableSeatsThisBrowserThere() {
        // the QR code's link carries the code: the tables are listed at once
        UI.getCurrent().navigate("join", QueryParameters.of("code", code));
        assertThat(getCurrentView()).isInstanceOf(JoinView.class);
        assertThat(tables()).hasSize(9);
        test(tables().get(2)).click();
        SecurityContext context = (SecurityContext) VaadinSession.getCurrent().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context).isNotNull();
        TableSeat seat = (TableSeat) context.getAuthentication().getPrincipal();
        assertThat(seat.groupNumber()).isEqualTo(3);
        assertThat(seat.meetingId()).isEqualTo(meeting.id());
        assertThat(context.getAuthentication().getAuthorities()).extracting(a -> a.getAuthority())
                .containsExactly("ROLE_PARTICIPANT");
    }

    @Test
    void tenWrongCodesAMinuteAndThenTheDeviceWaits() {
        navigate(JoinView.class);
        for (int i = 0; i < 10; i++) {
            tryCode("ZZZZZZZZ");
        }
        tryCode(code);
        assertThat(tables()).isEmpty();
        assertThat(codeField().getErrorMessage()).startsWith(codeField().getTranslation("join.tooMany", 60).substring(0, 20));
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.hasClassName("join-notice") && p.isVisible());
    }
}
