package org.partnershipworkshop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.support.TestData;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every public method of every application service, called as every kind of caller, is allowed or
 * refused exactly as the table below says. A new public service method fails this test until it is
 * added to the table: access is a decision, never an accident.
 */
@IntegrationTest
class ServiceAuthorizationMatrixTest {

    /**
     * LIBRARY_OWN: a library's account, with library ids aimed at its own library; LIBRARY_OTHER: the same
     * account aimed at another library.
     */
    enum Caller { ANONYMOUS, TABLE_OWN, TABLE_OTHER, LIBRARY_OWN, LIBRARY_OTHER, MANAGER, FACILITATOR, ADMIN }

    /** Who may call: the rule names of base.Access, plus ANY. */
    enum Rule {
        ANY(EnumSet.allOf(Caller.class)),
        /** The meeting work's accounts and the tables; a library's account is not part of it. */
        SIGNED_IN(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS, Caller.LIBRARY_OWN, Caller.LIBRARY_OTHER))),
        MANAGER(EnumSet.of(Caller.MANAGER, Caller.FACILITATOR, Caller.ADMIN)),
        FACILITATOR(EnumSet.of(Caller.FACILITATOR, Caller.ADMIN)),
        ADMIN(EnumSet.of(Caller.ADMIN)),
        READ_OWN(EnumSet.of(Caller.TABLE_OWN, Caller.MANAGER, Caller.FACILITATOR, Caller.ADMIN)),
        EDIT_OWN(EnumSet.of(Caller.TABLE_OWN, Caller.FACILITATOR, Caller.ADMIN)),
        READ_LIBRARY(EnumSet.of(Caller.LIBRARY_OWN, Caller.MANAGER, Caller.FACILITATOR, Caller.ADMIN)),
        /** Every library's account and the managers: what the plans address to the libraries. */
        LIBRARIES(EnumSet.of(Caller.LIBRARY_OWN, Caller.LIBRARY_OTHER, Caller.MANAGER, Caller.FACILITATOR, Caller.ADMIN)),
        /** A library's own account on its own library, and the coordinators: a library's plan and report. */
        EDIT_LIBRARY(EnumSet.of(Caller.LIBRARY_OWN, Caller.FACILITATOR, Caller.ADMIN)),
        /** Only a library's own account, for its own library: joining an action. */
        OWN_LIBRARY(EnumSet.of(Caller.LIBRARY_OWN)),
        /** Coordinators and every library's account: a survey's channel added when a library joins. */
        FACILITATOR_OR_LIBRARY(EnumSet.of(Caller.LIBRARY_OWN, Caller.LIBRARY_OTHER, Caller.FACILITATOR, Caller.ADMIN));

        final Set<Caller> allowed;

        Rule(Set<Caller> allowed) {
            this.allowed = allowed;
        }
    }

    /** The specification. Keys: Service.method(ParameterTypes). */
    static final Map<String, Rule> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("AccountService.list()", Rule.ADMIN),
            Map.entry("AccountService.create(NewAccount)", Rule.ADMIN),
            Map.entry("AccountService.update(long,String,Role,boolean)", Rule.ADMIN),
            Map.entry("AccountService.resetPassword(long,String)", Rule.ADMIN),
            Map.entry("AccountService.delete(long)", Rule.ADMIN),
            Map.entry("AuditService.record(String,String,String)", Rule.ANY),
            Map.entry("AuditService.recordAs(String,String,String,String)", Rule.ANY),
            Map.entry("AuditService.recordRepeated(String,String,String,String,Duration)", Rule.ANY),
            Map.entry("AuditService.search(String,int,int)", Rule.ADMIN),
            Map.entry("AuditService.count()", Rule.ADMIN),
            Map.entry("CanvasService.templates()", Rule.SIGNED_IN),
            Map.entry("CanvasService.create(long,String,Canvas)", Rule.FACILITATOR),
            Map.entry("CanvasService.current(long)", Rule.READ_OWN),
            Map.entry("CanvasService.current(Collection)", Rule.MANAGER),
            Map.entry("CanvasService.page(long)", Rule.READ_OWN),
            Map.entry("CanvasService.apply(long,long,CanvasEdit)", Rule.EDIT_OWN),
            Map.entry("CanvasService.replace(long,long,Canvas)", Rule.EDIT_OWN),
            Map.entry("CanvasService.restore(long,long)", Rule.EDIT_OWN),
            Map.entry("CanvasService.history(long)", Rule.READ_OWN),
            Map.entry("CanvasService.delete(long)", Rule.FACILITATOR),
            Map.entry("CanvasService.knownPartnerNames(String,int)", Rule.SIGNED_IN),
            Map.entry("CanvasService.knownPartner(String)", Rule.SIGNED_IN),
            Map.entry("MeetingService.list()", Rule.MANAGER),
            Map.entry("MeetingService.details(long)", Rule.READ_OWN),
            Map.entry("MeetingService.groups(long)", Rule.READ_OWN),
            Map.entry("MeetingService.group(long)", Rule.READ_OWN),
            Map.entry("MeetingService.create(NewMeeting)", Rule.FACILITATOR),
            Map.entry("MeetingService.updateFacts(long,long,MeetingFacts)", Rule.FACILITATOR),
            Map.entry("MeetingService.setPeople(long,List)", Rule.FACILITATOR),
            Map.entry("MeetingService.setFeedback(long,Feedback)", Rule.FACILITATOR),
            Map.entry("MeetingService.delete(long)", Rule.FACILITATOR),
            Map.entry("MeetingService.addSession(long,String)", Rule.FACILITATOR),
            Map.entry("MeetingService.renameSession(long,String)", Rule.FACILITATOR),
            Map.entry("MeetingService.removeSession(long)", Rule.FACILITATOR),
            Map.entry("MeetingService.moveSession(long,int)", Rule.FACILITATOR),
            Map.entry("MeetingService.addPresentation(long,Presentation)", Rule.FACILITATOR),
            Map.entry("MeetingService.updatePresentation(long,Presentation)", Rule.FACILITATOR),
            Map.entry("MeetingService.removePresentation(long)", Rule.FACILITATOR),
            Map.entry("MeetingService.movePresentation(long,int)", Rule.FACILITATOR),
            Map.entry("MeetingService.addGroup(long,GroupData)", Rule.FACILITATOR),
            Map.entry("MeetingService.updateGroup(long,GroupData)", Rule.FACILITATOR),
            Map.entry("MeetingService.removeGroup(long)", Rule.FACILITATOR),
            Map.entry("InterchangeService.validate(byte[])", Rule.FACILITATOR),
            Map.entry("InterchangeService.importMeeting(byte[])", Rule.FACILITATOR),
            Map.entry("InterchangeService.importDemoOnce(byte[])", Rule.FACILITATOR),
            Map.entry("InterchangeService.export(long)", Rule.MANAGER),
            Map.entry("InterchangeService.exportBytes(long)", Rule.MANAGER),
            Map.entry("InterchangeService.backup()", Rule.ADMIN),
            Map.entry("InterchangeService.restore(byte[])", Rule.ADMIN),
            Map.entry("PartnerService.partners()", Rule.MANAGER),
            Map.entry("PartnerService.partner(long)", Rule.MANAGER),
            Map.entry("PartnerService.update(long,long,PartnerDetails)", Rule.MANAGER),
            Map.entry("PartnerService.merge(long,long)", Rule.MANAGER),
            Map.entry("PartnerService.undoMerge(long)", Rule.MANAGER),
            Map.entry("PartnerService.merges(int)", Rule.MANAGER),
            Map.entry("PartnerService.duplicates()", Rule.MANAGER),
            Map.entry("PartnerService.markDistinct(long,long)", Rule.MANAGER),
            Map.entry("PartnerService.network(NetworkFilter)", Rule.MANAGER),
            Map.entry("PartnerService.ranking(NetworkFilter,RankingOrder,int)", Rule.MANAGER),
            Map.entry("PartnerService.export(NetworkFilter,NetworkFormat)", Rule.MANAGER),
            Map.entry("PartnerService.rankingCsv(NetworkFilter,RankingOrder,int)", Rule.MANAGER),
            Map.entry("PartnerService.regions()", Rule.MANAGER),
            Map.entry("PartnerService.suggestFor(long,Canvas,int)", Rule.READ_OWN),
            Map.entry("CanvasService.subscribe(long,Consumer)", Rule.READ_OWN),
            Map.entry("RoomService.state(long)", Rule.READ_OWN),
            Map.entry("RoomService.subscribe(long,Consumer)", Rule.READ_OWN),
            Map.entry("RoomService.connect(long)", Rule.READ_OWN),
            Map.entry("RoomService.presence(long)", Rule.MANAGER),
            Map.entry("JoinService.seatEnded()", Rule.SIGNED_IN),
            Map.entry("JoinService.joinInfo(long)", Rule.FACILITATOR),
            Map.entry("JoinService.regenerateCode(long)", Rule.FACILITATOR),
            Map.entry("JoinService.checkCode(String,String)", Rule.ANY),
            Map.entry("JoinService.seat(String,int,String)", Rule.ANY),
            Map.entry("JoinService.issueToken(String,int,String)", Rule.ANY),
            Map.entry("RoomService.setPhase(long,Phase)", Rule.FACILITATOR),
            Map.entry("RoomService.startTimer(long,Duration)", Rule.FACILITATOR),
            Map.entry("RoomService.pauseTimer(long)", Rule.FACILITATOR),
            Map.entry("RoomService.resumeTimer(long)", Rule.FACILITATOR),
            Map.entry("RoomService.extendTimer(long,Duration)", Rule.FACILITATOR),
            Map.entry("RoomService.stopTimer(long)", Rule.FACILITATOR),
            Map.entry("VotingService.setVotesPerTable(long,int)", Rule.FACILITATOR),
            Map.entry("VotingService.showResults(long,boolean)", Rule.FACILITATOR),
            Map.entry("VotingService.ballot(long)", Rule.READ_OWN),
            Map.entry("VotingService.vote(long,long,int)", Rule.EDIT_OWN),
            Map.entry("VotingService.results(long)", Rule.MANAGER),
            Map.entry("ProceedingsService.generate(long)", Rule.MANAGER),
            Map.entry("ProceedingsService.generate(long,Progress)", Rule.MANAGER),
            Map.entry("MeetingService.scheduled(LocalDate,LocalDate,String)", Rule.MANAGER),
            Map.entry("CalendarService.calendar(LocalDate,LocalDate,String)", Rule.MANAGER),
            Map.entry("CalendarService.regions()", Rule.MANAGER),
            Map.entry("RoomService.rooms(Collection)", Rule.MANAGER),
            Map.entry("MeetingService.regions()", Rule.MANAGER),
            Map.entry("CatalogueService.search(CatalogueFilter)", Rule.MANAGER),
            Map.entry("CatalogueService.atMeeting(long)", Rule.MANAGER),
            Map.entry("CatalogueService.choices()", Rule.MANAGER),
            Map.entry("CatalogueService.page(long)", Rule.MANAGER),
            Map.entry("CatalogueService.history(long,PracticeSheet)", Rule.MANAGER),
            Map.entry("CatalogueService.sheet(long,PracticeSheet)", Rule.MANAGER),
            Map.entry("CatalogueService.subscribe(long,PracticeSheet,Consumer)", Rule.MANAGER),
            Map.entry("CatalogueService.exportJson(long)", Rule.MANAGER),
            Map.entry("CatalogueService.exportPdf(long)", Rule.MANAGER),
            Map.entry("CatalogueService.create(PracticeFacts,Canvas)", Rule.FACILITATOR),
            Map.entry("CatalogueService.updateFacts(long,long,PracticeFacts)", Rule.FACILITATOR),
            Map.entry("CatalogueService.apply(long,PracticeSheet,long,CanvasEdit)", Rule.FACILITATOR),
            Map.entry("CatalogueService.restore(long,PracticeSheet,long)", Rule.FACILITATOR),
            Map.entry("CatalogueService.createProjectCard(long)", Rule.FACILITATOR),
            Map.entry("CatalogueService.adapt(long,long,int,String)", Rule.FACILITATOR),
            Map.entry("CatalogueService.delete(long)", Rule.FACILITATOR),
            Map.entry("CatalogueService.importDocument(byte[])", Rule.FACILITATOR),
            Map.entry("PlanService.list()", Rule.MANAGER),
            Map.entry("PlanService.linkChoices()", Rule.MANAGER),
            Map.entry("PlanService.page(long)", Rule.MANAGER),
            // library accounts will read these rows once that role exists (decision 0144)
            Map.entry("PlanService.create(PlanHeader)", Rule.FACILITATOR),
            Map.entry("PlanService.importDocument(byte[])", Rule.FACILITATOR),
            Map.entry("PlanService.exportJson(long)", Rule.MANAGER),
            Map.entry("PlanService.copyToYear(long,int)", Rule.FACILITATOR),
            // facilitators of the plan's department (a missing plan is the service's to report)
            Map.entry("PlanService.apply(long,PlanEdit)", Rule.FACILITATOR),
            Map.entry("PlanService.importRows(long,String,byte[])", Rule.FACILITATOR),
            Map.entry("PlanService.delete(long)", Rule.FACILITATOR),
            Map.entry("PlanFactService.setFact(long,String,Long,FactInput)", Rule.FACILITATOR),
            Map.entry("PlanFactService.setActual(long,String,Period,BigDecimal)", Rule.FACILITATOR),
            Map.entry("PlanFactService.month(long,YearMonth)", Rule.MANAGER),
            Map.entry("PlanFactService.due(long,YearMonth)", Rule.MANAGER),
            Map.entry("PlanFactService.workload(long)", Rule.MANAGER),
            Map.entry("PlanFactService.forLibraries()", Rule.LIBRARIES),
            Map.entry("PlanPrintService.pdf(long)", Rule.MANAGER),
            Map.entry("PlanPrintService.docx(long)", Rule.MANAGER),
            Map.entry("PlanPrintService.xlsx(long)", Rule.MANAGER),
            Map.entry("PlanPrintService.monthReport(long,YearMonth)", Rule.MANAGER),
            Map.entry("PlanPrintService.yearReport(long)", Rule.MANAGER),
            Map.entry("DialogueService.form(long)", Rule.MANAGER),
            Map.entry("DialogueService.open(long)", Rule.FACILITATOR),
            Map.entry("DialogueService.close(long)", Rule.FACILITATOR),
            Map.entry("DialogueService.setChecklist(long,Checklist)", Rule.FACILITATOR),
            Map.entry("DialogueService.results(long)", Rule.MANAGER),
            Map.entry("DialogueService.subscribe(long,Consumer)", Rule.MANAGER),
            // the public feedback form: anyone with the form's code, throttled per client address
            Map.entry("DialogueService.publicForm(String,String)", Rule.ANY),
            Map.entry("DialogueService.ownAnswer(String,String)", Rule.ANY),
            Map.entry("DialogueService.submit(String,String,Answer,String)", Rule.ANY),
            // reader surveys (decision 0190): coordinators compose and open them, managers read the results and
            // exports, the owner's libraries read what is asked; anyone with the code answers through a library
            Map.entry("SurveyService.create(SurveyOwner,SurveySpec)", Rule.FACILITATOR),
            Map.entry("SurveyService.update(SurveyOwner,SurveySpec)", Rule.FACILITATOR),
            Map.entry("SurveyService.find(SurveyOwner)", Rule.LIBRARIES),
            Map.entry("SurveyService.setOpen(SurveyOwner,boolean)", Rule.FACILITATOR),
            Map.entry("SurveyService.results(SurveyOwner)", Rule.MANAGER),
            Map.entry("SurveyService.export(SurveyOwner,SurveyFormat)", Rule.MANAGER),
            Map.entry("SurveyService.delete(SurveyOwner)", Rule.FACILITATOR),
            Map.entry("SurveyService.addChannels(SurveyOwner,List)", Rule.FACILITATOR_OR_LIBRARY),
            Map.entry("SurveyService.answerCounts(SurveyOwner)", Rule.LIBRARIES),
            Map.entry("SurveyService.storedAnswers(SurveyOwner)", Rule.ADMIN),
            Map.entry("SurveyService.restoreAnswers(SurveyOwner,List)", Rule.ADMIN),
            Map.entry("SurveyService.restoreCode(SurveyOwner,String,boolean)", Rule.ADMIN),
            // network actions (decision 0191): coordinators run them, managers read them, the accounts of the
            // libraries taking part read the action and work on their own library's plan and report
            Map.entry("ActionService.list()", Rule.LIBRARIES),
            Map.entry("ActionService.ofLibrary(long)", Rule.READ_LIBRARY),
            Map.entry("ActionService.details(long)", Rule.LIBRARIES),
            Map.entry("ActionService.create(ActionFacts,Questionnaire)", Rule.FACILITATOR),
            Map.entry("ActionService.importDocument(byte[])", Rule.FACILITATOR),
            Map.entry("ActionService.document(long)", Rule.MANAGER),
            Map.entry("ActionService.update(long,long,ActionFacts)", Rule.FACILITATOR),
            Map.entry("ActionService.changeQuestionnaire(long,Questionnaire)", Rule.FACILITATOR),
            Map.entry("ActionService.invite(long,Collection)", Rule.FACILITATOR),
            Map.entry("ActionService.join(long,long)", Rule.OWN_LIBRARY),
            Map.entry("ActionService.remove(long,long)", Rule.FACILITATOR),
            Map.entry("ActionService.dashboard(long)", Rule.MANAGER),
            Map.entry("EventPlanService.plan(long,long)", Rule.READ_LIBRARY),
            Map.entry("EventPlanService.save(long,long,long,List)", Rule.EDIT_LIBRARY),
            Map.entry("ReportService.report(long,long)", Rule.READ_LIBRARY),
            Map.entry("ReportService.reports(long)", Rule.MANAGER),
            Map.entry("ReportService.text(long,long)", Rule.READ_LIBRARY),
            Map.entry("ReportService.apply(long,long,long,CanvasEdit)", Rule.EDIT_LIBRARY),
            Map.entry("ReportService.replace(long,long,long,Canvas)", Rule.EDIT_LIBRARY),
            Map.entry("ReportService.save(long,long,long,Map,ReportFigures)", Rule.EDIT_LIBRARY),
            Map.entry("ReportService.history(long,long)", Rule.READ_LIBRARY),
            Map.entry("ReportService.restore(long,long,long)", Rule.EDIT_LIBRARY),
            Map.entry("ReportService.subscribe(long,long,LongConsumer)", Rule.READ_LIBRARY),
            Map.entry("ReportService.setFigures(long,long,ReportFigures)", Rule.EDIT_LIBRARY),
            Map.entry("ReportService.submit(long,long)", Rule.EDIT_LIBRARY),
            Map.entry("ReportService.accept(long,long)", Rule.FACILITATOR),
            Map.entry("ReportService.returnReport(long,long,String)", Rule.FACILITATOR),
            Map.entry("AttachmentService.attachments(long,long)", Rule.READ_LIBRARY),
            Map.entry("AttachmentService.attachment(long,long,long)", Rule.READ_LIBRARY),
            Map.entry("AttachmentService.attach(long,long,String,byte[])", Rule.EDIT_LIBRARY),
            Map.entry("AttachmentService.remove(long,long,long)", Rule.EDIT_LIBRARY),
            Map.entry("SurveyAnswering.form(String,long,String)", Rule.ANY),
            Map.entry("SurveyAnswering.earlier(String,String)", Rule.ANY),
            Map.entry("SurveyAnswering.submit(String,long,String,Map,String)", Rule.ANY),
            // the network action printed (decision 0192): managers and above; a library's account gets none of it
            Map.entry("ActionPrintService.summaryPdf(long)", Rule.MANAGER),
            Map.entry("ActionPrintService.summaryDocx(long)", Rule.MANAGER),
            Map.entry("ActionPrintService.letters(long,List)", Rule.MANAGER),
            Map.entry("ActionPrintService.ranking(long)", Rule.MANAGER),
            // the region's libraries (decision 0112): managers read the registry, coordinators change it,
            // a library's account reads its own library only
            Map.entry("LibraryService.search(LibraryFilter)", Rule.MANAGER),
            Map.entry("LibraryService.choices()", Rule.MANAGER),
            Map.entry("LibraryService.refs(Collection)", Rule.LIBRARIES),
            Map.entry("LibraryService.refsByKey(Collection)", Rule.MANAGER),
            Map.entry("LibraryService.export(LibraryFilter,LibraryFormat)", Rule.MANAGER),
            Map.entry("LibraryService.library(long)", Rule.READ_LIBRARY),
            Map.entry("LibraryService.page(long)", Rule.READ_LIBRARY),
            Map.entry("LibraryService.create(LibraryFacts)", Rule.FACILITATOR),
            Map.entry("LibraryService.update(long,long,LibraryFacts)", Rule.FACILITATOR),
            Map.entry("LibraryService.setArchived(long,boolean)", Rule.FACILITATOR),
            Map.entry("LibraryService.importDocument(byte[])", Rule.FACILITATOR),
            Map.entry("LibraryAccountService.create(long,String,String)", Rule.FACILITATOR),
            Map.entry("LibraryAccountService.accounts(long)", Rule.FACILITATOR),
            Map.entry("LibraryAccountService.invite(long)", Rule.FACILITATOR),
            Map.entry("LibraryAccountService.setEnabled(long,boolean)", Rule.FACILITATOR),
            // the invitation link is opened without an account; its 256-bit token is the right
            Map.entry("LibraryAccountService.invitation(String)", Rule.ANY),
            Map.entry("LibraryAccountService.accept(String,String)", Rule.ANY)));

    /** Services whose name does not end in "Service" that the table covers all the same (the public answering side). */
    static final Set<String> ALSO_CHECKED = Set.of("SurveyAnswering");

    /** Called from inside the application only, before anyone signs in (see their comments). */
    static final Set<String> UNGUARDED = Set.of("AccountService.loadUserByUsername(String)",
            "AccountService.createFirstAdmin(String)", "CanvasService.findTemplate(String)");

    private static final long MISSING = 987_654_321L;

    @Autowired
    ApplicationContext context;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    org.partnershipworkshop.live.JoinService joining;
    @Autowired
    org.partnershipworkshop.library.LibraryService libraries;
    @Autowired
    LibraryAccountService libraryAccounts;
    @Autowired
    org.partnershipworkshop.action.ActionService actions;

    @Test
    void everyServiceMethodAdmitsExactlyTheCallersItShould() throws Exception {
        MeetingDetails own = TestData.importExample(interchange, meetings);
        MeetingDetails other = TestData.importExample(interchange, meetings);
        // A seat is valid while its meeting is open in the room.
        org.partnershipworkshop.base.SystemTask.run(() -> joining.joinInfo(own.id()));
        org.partnershipworkshop.base.SystemTask.run(() -> joining.joinInfo(other.id()));
        TableSeat seat = new TableSeat(own.id(), own.groups().get(1).id(), 2);
        long otherGroup = other.groups().get(2).id();
        long ownLibrary = org.partnershipworkshop.library.Libraries.create(libraries, "matrix-own");
        long otherLibrary = org.partnershipworkshop.library.Libraries.create(libraries, "matrix-other");
        String libraryAccount = org.partnershipworkshop.library.Libraries.account(libraryAccounts, ownLibrary);
        // an action the own library takes part in (the other does not), for the actions' rules
        long action = org.partnershipworkshop.base.SystemTask.run(() -> {
            long id = actions.create(new org.partnershipworkshop.action.ActionFacts("Matrix action",
                    org.partnershipworkshop.action.ActionKind.CAMPAIGN, org.partnershipworkshop.base.Language.RU,
                    java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(7), null, null, null, null, null,
                    List.of(), List.of(), List.of(), List.of()), org.partnershipworkshop.survey.DefaultQuestionnaire.readerSurvey());
            actions.invite(id, List.of(ownLibrary));
            return id;
        });

        Map<String, Object> services = context.getBeansWithAnnotation(org.springframework.stereotype.Service.class);
        Set<String> seen = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (Object bean : services.values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.partnershipworkshop") || !(type.getSimpleName().endsWith("Service")
                    || ALSO_CHECKED.contains(type.getSimpleName()))) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                String key = key(type, method);
                if (UNGUARDED.contains(key)) {
                    continue;
                }
                seen.add(key);
                Rule rule = EXPECTED.get(key);
                if (rule == null) {
                    wrong.add(key + ": not in the table");
                    continue;
                }
                for (Caller caller : Caller.values()) {
                    long group = caller == Caller.TABLE_OWN ? seat.groupId() : caller == Caller.TABLE_OTHER ? otherGroup : MISSING;
                    long meeting = caller == Caller.TABLE_OWN ? seat.meetingId()
                            : caller == Caller.TABLE_OTHER ? other.id() : MISSING;
                    long library = caller == Caller.LIBRARY_OWN ? ownLibrary
                            : caller == Caller.LIBRARY_OTHER ? otherLibrary : MISSING;
                    boolean allowed = callAs(caller, seat, libraryAccount, bean, method, group, meeting, library, action);
                    if (allowed != rule.allowed.contains(caller)) {
                        wrong.add(key + " as " + caller + ": " + (allowed ? "allowed" : "refused") + ", expected " + rule);
                    }
                }
            }
        }
        Set<String> stale = new TreeSet<>(EXPECTED.keySet());
        stale.removeAll(seen);
        stale.forEach(k -> wrong.add(k + ": in the table but no such method"));
        assertThat(wrong).isEmpty();
    }

    private static boolean callAs(Caller caller, TableSeat seat, String libraryAccount, Object bean, Method method,
                                  long group, long meeting, long library, long action) {
        var context = SecurityContextHolder.createEmptyContext();
        switch (caller) {
            case ANONYMOUS -> { }
            case TABLE_OWN, TABLE_OTHER -> context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    seat, null, AuthorityUtils.createAuthorityList("ROLE_PARTICIPANT")));
            case LIBRARY_OWN, LIBRARY_OTHER -> context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    libraryAccount, null, AuthorityUtils.createAuthorityList(Role.LIBRARY.authorities())));
            default -> context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller.name().toLowerCase(),
                    null, AuthorityUtils.createAuthorityList(Role.valueOf(caller.name()).authorities())));
        }
        SecurityContextHolder.setContext(context);
        try {
            method.invoke(bean, arguments(method, group, meeting, library, action));
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return !(cause instanceof AccessDeniedException || cause instanceof AuthenticationCredentialsNotFoundException);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Ids aim at the caller's own or another table or library; everything else is harmless (missing ids, nulls). */
    private static Object[] arguments(Method method, long group, long meeting, long library, long action) {
        Parameter[] parameters = method.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Class<?> t = parameters[i].getType();
            String name = parameters[i].getName();
            if (t == long.class) {
                args[i] = name.equals("groupId") ? group : name.equals("meetingId") ? meeting
                        : name.equals("libraryId") ? library : name.equals("actionId") ? action : MISSING;
            } else if (t == int.class) {
                args[i] = 1;
            } else if (t == boolean.class) {
                args[i] = false;
            } else {
                args[i] = null;
            }
        }
        return args;
    }

    private static String key(Class<?> type, Method method) {
        return type.getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    }
}
