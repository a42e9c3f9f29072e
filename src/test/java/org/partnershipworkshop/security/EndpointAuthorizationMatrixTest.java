package org.partnershipworkshop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.plan.PlanService;
import org.partnershipworkshop.support.Api;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every HTTP endpoint, called as every kind of caller (no credentials, a table's bearer token for its own
 * table, the accounts of the library the path names and of another library, each account role), answers 401/403 exactly when the table below says it must. A new endpoint
 * fails this test until it is added to the table.
 */
@IntegrationTest
class EndpointAuthorizationMatrixTest {

    /** LIBRARY_OWN: the account of the library the paths name; LIBRARY_OTHER: another library's account. */
    enum Caller { ANONYMOUS, TABLE, LIBRARY_OWN, LIBRARY_OTHER, MANAGER, FACILITATOR, ADMIN }

    static final Set<Caller> ANY = EnumSet.allOf(Caller.class);
    static final Set<Caller> SIGNED_IN = EnumSet.of(Caller.TABLE, Caller.MANAGER, Caller.FACILITATOR, Caller.ADMIN);
    static final Set<Caller> MANAGER = EnumSet.of(Caller.MANAGER, Caller.FACILITATOR, Caller.ADMIN);
    static final Set<Caller> FACILITATOR = EnumSet.of(Caller.FACILITATOR, Caller.ADMIN);
    static final Set<Caller> ADMIN = EnumSet.of(Caller.ADMIN);
    static final Set<Caller> READ_OWN = SIGNED_IN;
    static final Set<Caller> EDIT_OWN = EnumSet.of(Caller.TABLE, Caller.FACILITATOR, Caller.ADMIN);
    static final Set<Caller> READ_LIBRARY = EnumSet.of(Caller.LIBRARY_OWN, Caller.MANAGER, Caller.FACILITATOR, Caller.ADMIN);
    /** Every library's account and the managers: what the plans address to the libraries. */
    static final Set<Caller> LIBRARIES = EnumSet.of(Caller.LIBRARY_OWN, Caller.LIBRARY_OTHER, Caller.MANAGER,
            Caller.FACILITATOR, Caller.ADMIN);
    /** The library's own account and the coordinators: a library's plan of events and report in an action. */
    static final Set<Caller> EDIT_LIBRARY = EnumSet.of(Caller.LIBRARY_OWN, Caller.FACILITATOR, Caller.ADMIN);

    /** The specification: who may call what (the table's own ids are used for a table). */
    static final Map<String, Set<Caller>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /api/templates", SIGNED_IN),
            Map.entry("GET /api/meetings", MANAGER),
            Map.entry("POST /api/meetings", FACILITATOR),
            Map.entry("GET /api/meetings/{meetingId}", MANAGER),
            Map.entry("GET /api/meetings/{meetingId}/groups", READ_OWN),
            Map.entry("GET /api/meetings/{meetingId}/join", FACILITATOR),
            Map.entry("GET /api/meetings/{meetingId}/proceedings.pdf", MANAGER),
            Map.entry("GET /api/groups/{groupId}/canvas", READ_OWN),
            Map.entry("PUT /api/groups/{groupId}/canvas", EDIT_OWN),
            Map.entry("GET /api/groups/{groupId}/canvas/revisions", READ_OWN),
            Map.entry("GET /api/network", MANAGER),
            Map.entry("GET /api/network/partners", MANAGER),
            Map.entry("GET /api/backup", ADMIN),
            Map.entry("POST /api/backup", ADMIN),
            Map.entry("POST /api/join", ANY),
            Map.entry("GET /api/practices", MANAGER),
            Map.entry("POST /api/practices", FACILITATOR),
            Map.entry("GET /api/practices/{practiceId}", MANAGER),
            Map.entry("GET /api/practices/{practiceId}/passport.pdf", MANAGER),
            // the feedback form is answered without an account by whoever has its code (decision 0063)
            Map.entry("GET /api/feedback/{code}", ANY),
            Map.entry("POST /api/feedback/{code}", ANY),
            Map.entry("GET /api/meetings/{meetingId}/feedback", MANAGER),
            // a reader survey is answered without an account through a library's link (decision 0190)
            Map.entry("GET /api/surveys/{code}", ANY),
            Map.entry("POST /api/surveys/{code}", ANY),
            // network actions (decision 0191): the list for managers and libraries' accounts (their own actions),
            // the rest for managers; a library's plan and report for its own account and the coordinators
            Map.entry("GET /api/actions", LIBRARIES),
            Map.entry("POST /api/actions", FACILITATOR),
            Map.entry("GET /api/actions/{actionId}", MANAGER),
            Map.entry("GET /api/actions/{actionId}/dashboard", MANAGER),
            Map.entry("GET /api/actions/{actionId}/survey", MANAGER),
            Map.entry("GET /api/actions/{actionId}/results", MANAGER),
            Map.entry("GET /api/actions/{actionId}/reports", MANAGER),
            Map.entry("GET /api/actions/{actionId}/libraries/{libraryId}/events", READ_LIBRARY),
            Map.entry("PUT /api/actions/{actionId}/libraries/{libraryId}/events", EDIT_LIBRARY),
            Map.entry("GET /api/actions/{actionId}/reports/{libraryId}", READ_LIBRARY),
            Map.entry("PUT /api/actions/{actionId}/reports/{libraryId}", EDIT_LIBRARY),
            Map.entry("POST /api/actions/{actionId}/reports/{libraryId}/submit", EDIT_LIBRARY),
            Map.entry("POST /api/actions/{actionId}/reports/{libraryId}/accept", FACILITATOR),
            Map.entry("POST /api/actions/{actionId}/reports/{libraryId}/return", FACILITATOR),
            Map.entry("GET /api/actions/{actionId}/reports/{libraryId}/attachments", READ_LIBRARY),
            Map.entry("GET /api/actions/{actionId}/reports/{libraryId}/attachments/{attachmentId}", READ_LIBRARY),
            Map.entry("POST /api/actions/{actionId}/reports/{libraryId}/attachments", EDIT_LIBRARY),
            Map.entry("DELETE /api/actions/{actionId}/reports/{libraryId}/attachments/{attachmentId}", EDIT_LIBRARY),
            Map.entry("GET /api/actions/{actionId}/summary.pdf", MANAGER),
            Map.entry("GET /api/actions/{actionId}/summary.docx", MANAGER),
            Map.entry("GET /api/actions/{actionId}/letters.pdf", MANAGER),
            // the region's libraries (decision 0112)
            Map.entry("GET /api/libraries", MANAGER),
            Map.entry("POST /api/libraries", FACILITATOR),
            Map.entry("GET /api/libraries/{libraryId}", READ_LIBRARY),
            // work plans: managers read, facilitators of the plan's department write (decision 0144)
            Map.entry("GET /api/plans", MANAGER),
            Map.entry("POST /api/plans", FACILITATOR),
            Map.entry("GET /api/plans/{planId}", MANAGER),
            Map.entry("GET /api/plans/{planId}/plan.pdf", MANAGER),
            Map.entry("GET /api/plans/{planId}/plan.docx", MANAGER),
            Map.entry("GET /api/plans/{planId}/plan.xlsx", MANAGER),
            Map.entry("GET /api/plans/{planId}/report.pdf", MANAGER),
            Map.entry("GET /api/plans/{planId}/due", MANAGER),
            Map.entry("GET /api/plans/for-libraries", LIBRARIES),
            Map.entry("POST /api/plans/{planId}/sections/{sectionId}/rows", FACILITATOR),
            Map.entry("PUT /api/plans/{planId}/rows/{rowId}/fact", FACILITATOR)));

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    AccountService accounts;
    @Autowired
    org.partnershipworkshop.library.LibraryService libraries;
    @Autowired
    LibraryAccountService libraryAccounts;
    @Autowired
    PlanService plans;
    @Autowired
    org.partnershipworkshop.action.ActionService actions;

    @Test
    void everyEndpointAdmitsExactlyTheCallersItShould() {
        TestData.ensureAccounts(accounts);
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        long group = meeting.groups().stream().filter(g -> g.number() == 2).findFirst().orElseThrow().id();
        long plan = SystemTask.run(() -> plans.list()).getFirst().id();
        String row = SystemTask.run(() -> plans.page(plan)).plan().rows().filter(r -> !r.heading()).findFirst().orElseThrow().id();
        Api api = new Api(port);
        String facilitator = Api.basic("facilitator", TestData.PASSWORD);
        String code = api.get("/api/meetings/" + meeting.id() + "/join", facilitator).json().get("code").asString();
        byte[] join = ("{\"code\":\"" + code + "\",\"group\":2}").getBytes(StandardCharsets.UTF_8);
        String token = "Bearer " + api.send("POST", "/api/join", null, join).json().get("token").asString();
        long ownLibrary = org.partnershipworkshop.library.Libraries.create(libraries, "endpoints-own");
        long otherLibrary = org.partnershipworkshop.library.Libraries.create(libraries, "endpoints-other");
        String own = org.partnershipworkshop.library.Libraries.accountWithPassword(libraryAccounts, ownLibrary);
        String another = org.partnershipworkshop.library.Libraries.accountWithPassword(libraryAccounts, otherLibrary);
        // an action the own library takes part in (the other does not)
        long action = SystemTask.run(() -> {
            long id = actions.create(new org.partnershipworkshop.action.ActionFacts("Endpoints action",
                    org.partnershipworkshop.action.ActionKind.CAMPAIGN, org.partnershipworkshop.base.Language.RU,
                    java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(7), null, null, null, null, null,
                    List.of(), List.of(), List.of(), List.of()), org.partnershipworkshop.survey.DefaultQuestionnaire.readerSurvey());
            actions.invite(id, List.of(ownLibrary));
            return id;
        });
        Map<Caller, String> credentials = Map.of(Caller.TABLE, token, Caller.MANAGER, Api.basic("manager", TestData.PASSWORD),
                Caller.FACILITATOR, facilitator, Caller.ADMIN, Api.basic("admin2", TestData.PASSWORD),
                Caller.LIBRARY_OWN, Api.basic(own, TestData.PASSWORD), Caller.LIBRARY_OTHER, Api.basic(another, TestData.PASSWORD));

        List<String> wrong = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String endpoint = method + " " + pattern;
                    seen.add(endpoint);
                    Set<Caller> allowed = EXPECTED.get(endpoint);
                    if (allowed == null) {
                        wrong.add(endpoint + ": not in the table");
                        continue;
                    }
                    String path = pattern.replace("{groupId}", String.valueOf(group))
                            .replace("{meetingId}", String.valueOf(meeting.id()))
                            .replace("{practiceId}", "999999").replace("{code}", "ABCD2345")
                            .replace("{libraryId}", String.valueOf(ownLibrary)).replace("{actionId}", String.valueOf(action)).replace("{attachmentId}", "999999")
                            .replace("{planId}", String.valueOf(plan)).replace("{rowId}", row).replace("{sectionId}", "s1");
                    byte[] body = method == RequestMethod.GET ? null
                            : pattern.equals("/api/join") ? join : "{}".getBytes(StandardCharsets.UTF_8);
                    for (Caller caller : Caller.values()) {
                        int status = api.send(method.name(), path, credentials.get(caller), body, "If-Match", "\"0\"").status();
                        boolean admitted = status != 401 && status != 403;
                        if (admitted != allowed.contains(caller)) {
                            wrong.add(endpoint + " as " + caller + ": " + status);
                        }
                    }
                }
            }
        }
        Set<String> stale = new TreeSet<>(EXPECTED.keySet());
        stale.removeAll(seen);
        stale.forEach(e -> wrong.add(e + ": in the table but not served"));
        assertThat(wrong).isEmpty();
    }
}
