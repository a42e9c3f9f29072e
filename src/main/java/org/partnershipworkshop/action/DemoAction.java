package org.partnershipworkshop.action;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.interchange.DemoImported;
import org.partnershipworkshop.library.LibraryService;
import org.partnershipworkshop.survey.DeviceKey;
import org.partnershipworkshop.survey.StoredAnswer;
import org.partnershipworkshop.survey.SurveyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On an installation's first start with the demo, after the demo libraries: the 2018 action of seed 004 through
 * the normal {@code workshop-action/1} import (regulation, stages, dates, hashtags, 31 libraries and their plans
 * of events), {@value #ANSWERS} reader answers generated over the libraries and the week, and the libraries'
 * reports as the coordinator received them (most on time and accepted, some late, two returned, two drafts, one
 * missing).
 */
@Component
class DemoAction {

    static final String ACTION = "action/demo-action-2018.json";
    static final String REPORTS = "action/demo-reports-2018.json";
    static final int ANSWERS = 420;
    private static final Logger log = LoggerFactory.getLogger(DemoAction.class);

    record DemoReport(String library, ReportStatus status, LocalDate submittedOn, String comment,
                      Map<String, List<String>> sections) {
    }

    record DemoReports(List<DemoReport> reports) {
    }

    private final ActionService actions;
    private final ReportService reports;
    private final SurveyService surveys;
    private final LibraryService libraries;
    private final TransactionTemplate transaction;

    DemoAction(ActionService actions, ReportService reports, SurveyService surveys, LibraryService libraries,
               TransactionTemplate transaction) {
        this.actions = actions;
        this.reports = reports;
        this.surveys = surveys;
        this.libraries = libraries;
        this.transaction = transaction;
    }

    @EventListener
    @Order(200)
    void demoImported(DemoImported event) {
        try {
            long id = SystemTask.run(() -> transaction.execute(t -> {
                long actionId = actions.importDocument(read(ACTION));
                answers(actionId);
                reports(actionId);
                return actionId;
            }));
            log.info("Added the demo network action 2018 as action {}", id);
        } catch (RuntimeException e) {
            log.error("The demo network action could not be added; the actions start empty", e);
        }
    }

    /** Answers spread over the libraries (bigger libraries more) and the action's days, mostly satisfied readers. */
    private void answers(long actionId) {
        Dashboard board = actions.dashboard(actionId);
        ActionFacts facts = board.action().facts();
        Random random = new Random(2018);
        List<StoredAnswer> stored = new ArrayList<>();
        List<Standing> libs = board.libraries();
        String[] visits = {"often", "weekly", "weekly", "monthly", "monthly", "yearly", "first"};
        String[] ages = {"a14", "a24", "a34", "a54", "a54", "a55plus", "a55plus"};
        String[] proposals = {"Продлить часы работы по субботам", "Больше новых книг для детей", "Нужен бесплатный Wi-Fi в читальном зале",
                "Проводить встречи с местными авторами", "Обновить компьютеры для читателей", "Больше журналов по садоводству",
                "Открыть клуб настольных игр для подростков", "Сделать удобнее электронный каталог", "Спасибо библиотекарям за внимание!",
                "Устраивать литературные вечера чаще", "Нужна доставка книг пожилым на дом", "Чаще писать о новинках в группе ВКонтакте"};
        for (int i = 0; i < ANSWERS; i++) {
            Standing lib = libs.get(Math.min(libs.size() - 1, (int) Math.floor(Math.pow(random.nextDouble(), 1.4) * libs.size())));
            int base = 3 + (random.nextDouble() < 0.75 ? 1 : 0) + (random.nextDouble() < 0.45 ? 1 : 0);
            java.util.Map<String, List<String>> v = new java.util.LinkedHashMap<>();
            for (String q : List.of("overall", "collection", "hours", "staff", "events", "online")) {
                int mark = Math.max(1, Math.min(5, base + (random.nextInt(5) - 2) / 2 - (q.equals("online") || q.equals("hours") ? random.nextInt(2) : 0)));
                if (q.equals("overall") || random.nextDouble() < 0.9) {
                    v.put(q, List.of(Integer.toString(mark)));
                }
            }
            v.put("visits", List.of(visits[random.nextInt(visits.length)]));
            v.put("age", List.of(ages[random.nextInt(ages.length)]));
            if (random.nextDouble() < 0.8) {
                v.put("recommend", List.of(base >= 4 || random.nextDouble() < 0.5 ? "yes" : "no"));
            }
            if (random.nextDouble() < 0.3) {
                v.put("proposals", List.of(proposals[random.nextInt(proposals.length)]));
            }
            LocalDate day = facts.starts().plusDays(random.nextInt((int) (facts.ends().toEpochDay() - facts.starts().toEpochDay()) + 1));
            var at = day.atTime(LocalTime.of(10 + random.nextInt(8), random.nextInt(60))).atZone(ZoneId.systemDefault()).toInstant();
            stored.add(new StoredAnswer(lib.libraryId(), DeviceKey.hash("survey-demo", DeviceKey.random()), v, at, at));
        }
        surveys.restoreAnswers(Participation.survey(actionId), stored);
    }

    private void reports(long actionId) {
        DemoReports demo = Json.MAPPER.readValue(read(REPORTS), DemoReports.class);
        var byKey = libraries.refsByKey(demo.reports().stream().map(DemoReport::library).toList());
        for (DemoReport r : demo.reports()) {
            long libraryId = byKey.get(r.library()).id();
            reports.replace(actionId, libraryId, reports.text(actionId, libraryId).revision(), ReportTexts.canvas(r.sections()));
            if (r.submittedOn() != null) {
                var at = r.submittedOn().atTime(15, 0).atZone(ZoneId.systemDefault()).toInstant();
                reports.received(actionId, libraryId, at, r.status(), r.comment(), "kmc@pskovlib.ru");
            }
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
