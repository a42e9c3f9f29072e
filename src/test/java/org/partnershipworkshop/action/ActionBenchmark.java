package org.partnershipworkshop.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.library.Libraries;
import org.partnershipworkshop.library.LibraryRef;
import org.partnershipworkshop.library.LibraryService;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Api;
import org.partnershipworkshop.support.PdfText;
import org.partnershipworkshop.support.TestData;
import org.partnershipworkshop.survey.DefaultQuestionnaire;
import org.partnershipworkshop.survey.DeviceKey;
import org.partnershipworkshop.survey.StoredAnswer;
import org.partnershipworkshop.survey.SurveyOwner;
import org.partnershipworkshop.survey.SurveyResults;
import org.partnershipworkshop.survey.SurveyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A network action of a region of 300 libraries (30 municipalities of 10, imported as a workshop-libraries/1
 * document), all taking part, three events each, a report text for 270 of them (240 handed in, 200 of those
 * accepted) and 50,000 reader answers with the default questionnaire (restored in batches, as the demo does):
 * the survey's results (model and {@code GET /api/actions/{id}/results}) under 1 s, the dashboard's model, the
 * regional summary as PDF under 10 s and as DOCX — median and worst after warm-up runs; the heap before and after
 * the PDF; then {@code POST /api/surveys/{code}} at 20 readers a second for 15 s (each a new device from its own
 * address, through the trusted proxy) with p95 under 50 ms. Run with
 * {@code ./mvnw -o verify -Pbenchmark -Dtest=ActionBenchmark}; figures in docs/PERFORMANCE.md.
 */
@IntegrationTest
@Tag("benchmark")
class ActionBenchmark {

    static final int MUNICIPALITIES = 30;
    static final int PER_MUNICIPALITY = 10;
    static final int ANSWERS = 50_000;
    static final int BATCH = 2_500;
    static final int READERS_A_SECOND = 20;
    static final int LOAD_SECONDS = 15;

    @LocalServerPort
    int port;
    @Autowired
    LibraryService libraries;
    @Autowired
    ActionService actions;
    @Autowired
    ReportService reports;
    @Autowired
    EventPlanService plans;
    @Autowired
    SurveyService surveys;
    @Autowired
    ActionPrintService prints;
    @Autowired
    AccountService accounts;

    /** Median and worst of the timed runs, in ms. */
    record Timing(double median, double worst) {
        @Override
        public String toString() {
            return "median %.0f ms, worst %.0f ms".formatted(median, worst);
        }
    }

    private static Timing timed(int warmUps, int runs, Runnable work) {
        for (int i = 0; i < warmUps; i++) {
            work.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        return new Timing(times.get(times.size() / 2), times.getLast());
    }

    static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** 30 municipalities (three towns, 27 districts) of a central library and nine rural ones each. */
    static String region(String run) {
        StringBuilder json = new StringBuilder("{\"format\": \"workshop-libraries/1\", \"region\": \"Тестовая область\", \"libraries\": [");
        for (int m = 1; m <= MUNICIPALITIES; m++) {
            boolean city = m <= 3;
            String municipality = (city ? "Город " : "Район ") + m + " " + run;
            for (int l = 1; l <= PER_MUNICIPALITY; l++) {
                String name = l == 1 ? "Центральная библиотека: " + municipality : "Сельская библиотека № " + l + ": " + municipality;
                json.append(m == 1 && l == 1 ? "" : ",").append("""
                        {"key": "bench-%s-m%d-l%d", "name": "%s", "kind": "%s", "municipality": {"kind": "%s", "name": "%s"}}"""
                        .formatted(run, m, l, name, l == 1 ? "central" : "rural", city ? "city" : "district", municipality));
            }
        }
        return json.append("]}").toString();
    }

    /** The report's sections, a paragraph or two each, as libraries write them. */
    static Map<String, List<String>> reportText(int n) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (String section : LibraryReport.SECTIONS) {
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add("Библиотека " + n + " провела в рамках акции выставку новых поступлений, громкие чтения для "
                    + "младших школьников и встречу с местным краеведом; читатели охотно участвовали в опросе (" + section + ").");
            if ((n + section.length()) % 2 == 0) {
                paragraphs.add("Отмечаем интерес пожилых читателей к краеведческой литературе и нехватку новых книг для "
                        + "подростков; предлагаем повторить акцию весной и привлечь школы района.");
            }
            sections.put(section, paragraphs);
        }
        return sections;
    }

    static List<LibraryEvent> events(int n, LocalDate starts) {
        EventForm[] forms = EventForm.values();
        List<LibraryEvent> events = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            Outcome outcome = e < 2 ? new Outcome(true, 10 + (n * 7 + e * 13) % 60, null) : null;
            events.add(new LibraryEvent("Мероприятие " + (e + 1) + " библиотеки " + n, starts.plusDays(e),
                    forms[(n + e) % forms.length], e == 2 ? Venue.ONLINE : Venue.LIBRARY, null, "читатели", "Библиотекарь", outcome));
        }
        return events;
    }

    /** Answers spread over the libraries (bigger libraries more) and the days so far, mostly satisfied readers, as the demo makes them. */
    static List<StoredAnswer> answers(Random random, List<Long> libs, LocalDate from, LocalDate to, int count) {
        String[] visits = {"often", "weekly", "weekly", "monthly", "monthly", "yearly", "first"};
        String[] ages = {"a14", "a24", "a34", "a54", "a54", "a55plus", "a55plus"};
        String[] proposals = {"Продлить часы работы по субботам", "Больше новых книг для детей", "Нужен бесплатный Wi-Fi в читальном зале",
                "Проводить встречи с местными авторами", "Обновить компьютеры для читателей", "Больше журналов по садоводству",
                "Открыть клуб настольных игр для подростков", "Сделать удобнее электронный каталог", "Спасибо библиотекарям за внимание!"};
        List<StoredAnswer> stored = new ArrayList<>();
        int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        for (int i = 0; i < count; i++) {
            long lib = libs.get(Math.min(libs.size() - 1, (int) Math.floor(Math.pow(random.nextDouble(), 1.4) * libs.size())));
            int base = 3 + (random.nextDouble() < 0.75 ? 1 : 0) + (random.nextDouble() < 0.45 ? 1 : 0);
            Map<String, List<String>> v = new LinkedHashMap<>();
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
            var at = from.plusDays(random.nextInt(days)).atTime(LocalTime.of(10 + random.nextInt(8), random.nextInt(60)))
                    .atZone(ZoneId.systemDefault()).toInstant();
            stored.add(new StoredAnswer(lib, DeviceKey.hash("survey-benchmark", DeviceKey.random()), v, at, at));
        }
        return stored;
    }

    private static long usedHeap(MemoryMXBean memory) {
        return memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    @Test
    void anActionOfThreeHundredLibrariesAndFiftyThousandAnswers() throws Exception {
        TestData.ensureAccounts(accounts);
        String run = Libraries.unique();
        long setUp = System.nanoTime();
        SystemTask.run(() -> libraries.importDocument(region(run).getBytes(StandardCharsets.UTF_8)));
        List<String> keys = new ArrayList<>();
        for (int m = 1; m <= MUNICIPALITIES; m++) {
            for (int l = 1; l <= PER_MUNICIPALITY; l++) {
                keys.add("bench-" + run + "-m" + m + "-l" + l);
            }
        }
        Map<String, LibraryRef> refs = SystemTask.run(() -> libraries.refsByKey(keys));
        List<Long> ids = keys.stream().map(k -> refs.get(k).id()).toList();
        assertThat(ids).hasSize(MUNICIPALITIES * PER_MUNICIPALITY);

        LocalDate today = LocalDate.now();
        LocalDate starts = today.minusDays(5);
        ActionFacts facts = new ActionFacts("Неделя чтения: 300 библиотек " + run, ActionKind.NETWORK_ACTION, Language.RU,
                starts, today.plusDays(5), today.plusDays(10), null, "Областная библиотека", "Отдел координации",
                "kmc@example.org", List.of("#неделячтения"), List.of(), List.of(), List.of());
        long id = SystemTask.run(() -> actions.create(facts, DefaultQuestionnaire.readerSurvey()));
        assertThat(SystemTask.run(() -> actions.invite(id, ids))).isEqualTo(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            long library = ids.get(i);
            int n = i;
            SystemTask.run(() -> plans.save(id, library, plans.plan(id, library).revision(), events(n, starts)));
            if (i % 10 != 9) {
                SystemTask.run(() -> reports.save(id, library, reports.text(id, library).revision(), reportText(n), null));
                if (i % 10 < 8) {
                    SystemTask.run(() -> reports.submit(id, library));
                    if (i % 10 < 7 && i % 30 != 0) {
                        SystemTask.run(() -> reports.accept(id, library));
                    }
                }
            }
        }
        double libs = (System.nanoTime() - setUp) / 1e9;
        SurveyOwner owner = ActionSurvey.of(id);
        Random random = new Random(300);
        long answersStart = System.nanoTime();
        for (int done = 0; done < ANSWERS; done += BATCH) {
            List<StoredAnswer> batch = answers(random, ids, starts, today, Math.min(BATCH, ANSWERS - done));
            SystemTask.run(() -> {
                surveys.restoreAnswers(owner, batch);
                return null;
            });
        }
        double answering = (System.nanoTime() - answersStart) / 1e9;
        System.out.printf("ACTION set-up: 300 libraries with events and reports %.1f s; %d answers restored %.1f s%n",
                libs, ANSWERS, answering);
        SurveyResults results = SystemTask.run(() -> surveys.results(owner));
        assertThat(results.answers()).isEqualTo(ANSWERS);

        Timing model = timed(2, 7, () -> SystemTask.run(() -> surveys.results(owner)));
        System.out.println("ACTION results model (SurveyService.results): " + model);
        Api api = new Api(port);
        String manager = Api.basic("manager", TestData.PASSWORD);
        Api.Response http = api.get("/api/actions/" + id + "/results", manager);
        assertThat(http.status()).as(http.body()).isEqualTo(200);
        Timing overHttp = timed(2, 7, () -> assertThat(api.get("/api/actions/" + id + "/results", manager).status()).isEqualTo(200));
        System.out.printf("ACTION GET /api/actions/{id}/results (%d KB): %s%n", http.body().length() / 1024, overHttp);
        Timing small = timed(2, 7, () -> assertThat(api.get("/api/actions/" + id, manager).status()).isEqualTo(200));
        System.out.println("ACTION GET /api/actions/{id} (for comparison: the signed-in request alone) " + small);
        Timing dashboard = timed(2, 7, () -> SystemTask.run(() -> actions.dashboard(id)));
        System.out.println("ACTION dashboard model (ActionService.dashboard): " + dashboard);
        Timing pdf = timed(1, 5, () -> SystemTask.run(() -> prints.summaryPdf(id)));
        ActionFile summary = SystemTask.run(() -> prints.summaryPdf(id));
        int pages;
        try (PdfText text = new PdfText(summary.content())) {
            pages = text.pageCount();
        }
        System.out.printf("ACTION summary PDF (%d KB, %d pages): %s%n", summary.content().length / 1024, pages, pdf);
        Timing docx = timed(1, 5, () -> SystemTask.run(() -> prints.summaryDocx(id)));
        System.out.printf("ACTION summary DOCX (%d KB): %s%n", SystemTask.run(() -> prints.summaryDocx(id)).content().length / 1024, docx);

        // The heap around one PDF: in use after a full collection before, the peak of the heap pools while
        // generating (garbage not yet collected included), in use right after, and after a collection with the file held.
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        summary = null;
        System.gc();
        long before = usedHeap(memory);
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        ActionFile held = SystemTask.run(() -> prints.summaryPdf(id));
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        long right = usedHeap(memory);
        System.gc();
        long after = usedHeap(memory);
        System.out.printf("ACTION heap around the summary PDF (%d KB): before %d MB (after System.gc()), peak of the heap pools %d MB,"
                        + " right after %d MB, after System.gc() %d MB; -Xmx (Runtime.maxMemory) %d MB%n", held.content().length / 1024,
                before, peak, right, after, Runtime.getRuntime().maxMemory() / (1024 * 1024));

        // Readers answering: 20 a second, each a new device (no cookie) from its own address, through the trusted proxy.
        String code = SystemTask.run(() -> surveys.find(owner)).orElseThrow().code().value();
        Api proxy = new Api(port, IntegrationTest.TRUSTED_PROXY);
        AtomicInteger sent = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        Random readers = new Random(20);
        List<String> bodies = new ArrayList<>();
        for (StoredAnswer a : answers(readers, ids, today, today, (3 + LOAD_SECONDS) * READERS_A_SECOND)) {
            Map<String, Object> sentValues = new LinkedHashMap<>();
            a.values().forEach((q, v) -> sentValues.put(q, q.equals("recommend") ? (Object) v.getFirst().equals("yes")
                    : v.getFirst().matches("[0-9]+") ? (Object) Integer.parseInt(v.getFirst()) : v.getFirst()));
            bodies.add(org.partnershipworkshop.base.Json.MAPPER.writeValueAsString(Map.of("library", a.channel(), "answers", sentValues)));
        }
        long answersBefore = SystemTask.run(() -> surveys.results(owner)).answers();
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
             var clock = Executors.newSingleThreadScheduledExecutor()) {
            long period = 1_000_000_000L / READERS_A_SECOND;
            int warmUp = 3 * READERS_A_SECOND;
            int total = bodies.size();
            clock.scheduleAtFixedRate(() -> {
                int n = sent.getAndIncrement();
                if (n >= total) {
                    return;
                }
                requests.submit(() -> {
                    String address = "10." + (n / 65536 % 256) + "." + (n / 256 % 256) + "." + (n % 256 + 1);
                    long start = System.nanoTime();
                    Api.Response r = proxy.send("POST", "/api/surveys/" + code, null, bodies.get(n).getBytes(StandardCharsets.UTF_8),
                            "X-Forwarded-For", address);
                    double ms = (System.nanoTime() - start) / 1e6;
                    if (n >= warmUp) {
                        latencies.add(ms);
                        statuses.computeIfAbsent(r.status(), s -> new AtomicInteger()).incrementAndGet();
                    }
                });
            }, 0, period, TimeUnit.NANOSECONDS);
            while (sent.get() < total) {
                Thread.sleep(100);
            }
            clock.shutdown();
        }
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long added = SystemTask.run(() -> surveys.results(owner)).answers() - answersBefore;
        System.out.printf("ACTION POST /api/surveys/{code} at %d a second for %d s (after 3 s of warm-up): %d requests %s;"
                        + " p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms; %d answers added%n", READERS_A_SECOND, LOAD_SECONDS,
                sorted.size(), statuses, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.getLast(), added);

        assertThat(statuses.keySet()).containsOnly(201);
        assertThat(added).isEqualTo(bodies.size());
        assertThat(model.median()).isLessThan(1000);
        assertThat(overHttp.median()).isLessThan(1000);
        assertThat(pdf.median()).isLessThan(10_000);
        assertThat(percentile(sorted, 95)).isLessThan(50);
    }
}
