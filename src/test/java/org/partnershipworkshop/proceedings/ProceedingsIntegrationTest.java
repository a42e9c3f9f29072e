package org.partnershipworkshop.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.security.TableSeat;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Api;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.partnershipworkshop.support.PdfText;

/**
 * The proceedings through the real services and HTTP: the imported demo (the live feature is not in this
 * build, so there is no vote section), progress reports, and who may have them.
 */
@IntegrationTest
class ProceedingsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ProceedingsService proceedings;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    AccountService accounts;
    @Autowired
    WebApplicationContext context;

    MeetingDetails meeting;

    @BeforeEach
    void setUp() {
        TestData.ensureAccounts(accounts);
        meeting = TestData.importExample(interchange, meetings);
    }

    @Test
    void theServiceMakesTheProceedingsOfAStoredMeetingAndReportsProgress() {
        List<Integer> steps = new ArrayList<>();
        ProceedingsFile file = SystemTask.run(() -> proceedings.generate(meeting.id(), (done, total) -> steps.add(done)));
        assertThat(file.fileName()).isEqualTo("proceedings-" + meeting.id() + "-2012-05-17.pdf");
        assertThat(steps).hasSizeGreaterThanOrEqualTo(9).isSorted();
        try (PdfText text = new PdfText(file.content())) {
            assertThat(text.pageCount()).isEqualTo(file.pages()).isBetween(15, 40);
            String body = text.bodyWithoutSpaces();
            assertThat(ProceedingsPdfTest.everyText(ProceedingsFixtures.demo()))
                    .allSatisfy(t -> assertThat(body).contains(PdfText.squeeze(t)));
            assertThat(text.bookmarkTitles(true)).doesNotContain("Резултати от гласуването")
                    .contains("Група 9: Пенсионери 60+");
        }
    }

    @Test
    void aManagerGetsThePdfOverHttpAndNobodyElseDoes() throws Exception {
        String path = "/api/meetings/" + meeting.id() + "/proceedings.pdf";
        HttpResponse<byte[]> response = getBytes(path, Api.basic("manager", TestData.PASSWORD));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("proceedings-" + meeting.id() + "-2012-05-17.pdf");
        assertThat(new String(response.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assertThat(getBytes(path, null).statusCode()).isEqualTo(401);
        assertThat(getBytes(path, Api.basic("manager", "wrong-password")).statusCode()).isEqualTo(401);
        assertThat(getBytes("/api/meetings/999999/proceedings.pdf", Api.basic("manager", TestData.PASSWORD)).statusCode())
                .isEqualTo(404);

        // A participant at a table of this very meeting (no manager role) and a principal with no role at all.
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        TableSeat seat = new TableSeat(meeting.id(), meeting.groups().getFirst().id(), 1);
        var participant = UsernamePasswordAuthenticationToken.authenticated(seat, null,
                AuthorityUtils.createAuthorityList("ROLE_PARTICIPANT"));
        assertThat(mvc.perform(get(path).with(authentication(participant))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        var nobody = UsernamePasswordAuthenticationToken.authenticated("nobody", null, AuthorityUtils.NO_AUTHORITIES);
        assertThat(mvc.perform(get(path).with(authentication(nobody))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void theServiceRefusesAParticipant() {
        TableSeat seat = new TableSeat(meeting.id(), meeting.groups().getFirst().id(), 1);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(seat, null,
                AuthorityUtils.createAuthorityList("ROLE_PARTICIPANT")));
        SecurityContextHolder.setContext(context);
        try {
            assertThatThrownBy(() -> proceedings.generate(meeting.id())).isInstanceOf(AuthorizationDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private HttpResponse<byte[]> getBytes(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
