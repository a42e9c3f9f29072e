package org.partnershipworkshop.proceedings;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.meeting.GroupData;
import org.partnershipworkshop.meeting.NewMeeting;
import org.partnershipworkshop.proceedings.pdf.Proceedings;
import org.partnershipworkshop.support.PdfText;

/**
 * How long the PDF of a large meeting takes with a warm JVM, and how much heap it needs on top of what is
 * there: 20 groups under 1 s, 200 under 3 s, cost linear, at most 256 MB extra. Run with
 * {@code ./mvnw -o verify -Pbenchmark -Dtest=ProceedingsBenchmark}; figures go to docs/PERFORMANCE.md.
 */
@Tag("benchmark")
class ProceedingsBenchmark {

    private static final NewMeeting DEMO = ProceedingsFixtures.demo();

    /** A meeting of {@code count} groups, the demo's nine canvases over and over (partners repeat, as in life). */
    static Proceedings meetingOf(int count) {
        List<NewMeeting.NewGroup> groups = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            NewMeeting.NewGroup g = DEMO.groups().get(i % DEMO.groups().size());
            groups.add(new NewMeeting.NewGroup(new GroupData(i + 1, g.group().name() + " " + (i + 1),
                    g.group().templateId(), List.of("Участник " + (i + 1))), g.canvas()));
        }
        return ProceedingsFixtures.model(ProceedingsPdfTest.withGroups(DEMO, groups), Optional.empty());
    }

    @Test
    void proceedingsOfLargeMeetings() {
        Proceedings twenty = meetingOf(20);
        Proceedings twoHundred = meetingOf(200);
        for (int i = 0; i < 5; i++) { // warm up: JIT, fonts
            ProceedingsFixtures.pdf(twenty);
            ProceedingsFixtures.pdf(twoHundred);
        }
        double t20 = median(twenty, 7);
        double t200 = median(twoHundred, 5);
        double cpu20 = medianCpu(twenty, 7);
        double cpu200 = medianCpu(twoHundred, 5);
        long heap200 = extraHeap(twoHundred);
        byte[] pdf20 = ProceedingsFixtures.pdf(twenty);
        byte[] pdf200 = ProceedingsFixtures.pdf(twoHundred);
        System.out.printf("PROCEEDINGS 20 groups: %.0f ms, %d pages, %d KB; 200 groups: %.0f ms, %d pages, %d KB"
                        + " (%.1f× the time for 10× the groups); extra heap for 200 groups: %d MB%n",
                t20, pages(pdf20), pdf20.length / 1024, t200, pages(pdf200), pdf200.length / 1024, t200 / t20,
                heap200 / (1024 * 1024));
        System.out.printf("PROCEEDINGS CPU time of the writing thread (not slowed by other work on the machine):"
                + " 20 groups %.0f ms, 200 groups %.0f ms%n", cpu20, cpu200);
        assertThat(t20).isLessThan(1000);
        assertThat(t200).isLessThan(3000);
        assertThat(t200 / t20).as("cost grows linearly with the groups").isLessThan(10 * 1.5);
        assertThat(heap200).isLessThan(256L * 1024 * 1024);
    }

    private static int pages(byte[] pdf) {
        try (PdfText text = new PdfText(pdf)) {
            return text.pageCount();
        }
    }

    private static double median(Proceedings model, int runs) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ProceedingsFixtures.pdf(model);
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        return times.get(times.size() / 2);
    }

    /** The median CPU time of the thread writing the document: what the layout costs, whatever else runs. */
    private static double medianCpu(Proceedings model, int runs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = threads.getCurrentThreadCpuTime();
            ProceedingsFixtures.pdf(model);
            times.add((threads.getCurrentThreadCpuTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        return times.get(times.size() / 2);
    }

    /** The peak heap while generating, above what was in use before. */
    private static long extraHeap(Proceedings model) {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        ProceedingsFixtures.pdf(model);
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return Math.max(0, peak - before);
    }
}
