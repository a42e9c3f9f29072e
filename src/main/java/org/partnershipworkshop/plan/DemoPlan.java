package org.partnershipworkshop.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.interchange.DemoImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On an installation's first start with the demo, the work plan of seed 002 (Pskov, 2013) is imported whole
 * through the workshop-plan/1 import (how its columns were matched is in the plan's notes), and given a
 * plausible fact up to {@link #FACTS_UNTIL}: the rows due by then done on their day, one moved, one cancelled,
 * the monthly rows reported, and the indicators' actual values of the first months.
 */
@Component
class DemoPlan {

    static final String RESOURCE = "plan/demo-plan-2013.json";
    /** The demo's facts run to the end of this month. */
    static final YearMonth FACTS_UNTIL = YearMonth.of(2013, 4);
    private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);

    private final PlanService plans;
    private final PlanFactService facts;

    DemoPlan(PlanService plans, PlanFactService facts) {
        this.plans = plans;
        this.facts = facts;
    }

    @EventListener
    void demoImported(DemoImported event) {
        try {
            long id = SystemTask.run(() -> {
                long planId = plans.importDocument(document());
                addFacts(planId);
                return planId;
            });
            log.info("Added the demo work plan as plan {}", id);
        } catch (RuntimeException e) {
            log.error("The demo work plan could not be added; the plans start empty", e);
        }
    }

    private void addFacts(long planId) {
        PlanPage page = plans.page(planId);
        page.plan().rows().filter(r -> !r.heading()).forEach(row -> {
            for (Due due : page.schedule(row).dues()) {
                if (due.occasion() == null || due.month().isAfter(FACTS_UNTIL)) {
                    continue;
                }
                facts.setFact(planId, row.id(), null, fact(row, due));
            }
        });
        String[][] actuals = {{"i-consult", "48", "52", "61", "55"}, {"i-readers", "9", "11", "10", "12"},
                {"i-training", "1", "3", "2", "2"}, {"i-m-consult", "41", "47", "58", "50"}, {"i-visits-out", "0", "1", "1", "2"}};
        for (String[] a : actuals) {
            for (int m = 1; m <= 4; m++) {
                facts.setActual(planId, a[0], Period.of(YearMonth.of(2013, m)), new BigDecimal(a[m]));
            }
        }
    }

    /** Done on the day it was due; the Dno visit moved to May; the February round of one zone school cancelled. */
    private static FactInput fact(Row row, Due due) {
        LocalDate day = due.occasion().due();
        if (row.text().startsWith("Экспертно-диагностичекая")) {
            return new FactInput(due.month(), FactStatus.MOVED, null, LocalDate.of(2013, 5, 21), null,
                    "Перенесено по просьбе Дновской ЦРБ", null);
        }
        if (row.text().startsWith("Порховская") && due.month().getMonthValue() == 2) {
            return new FactInput(due.month(), FactStatus.CANCELLED, null, null, "Карантин по гриппу в районе", null, null);
        }
        Integer participants = row.form() == ActivityForm.SEMINAR || row.form() == ActivityForm.SCHOOL
                || row.form() == ActivityForm.ROUND_TABLE || row.form() == ActivityForm.CONFERENCE ? 18 + row.text().length() % 25 : null;
        String note = row.form() == ActivityForm.PUBLICATION ? "Подготовлено и разослано в библиотеки"
                : participants != null ? "Проведено" : "Выполнено";
        return new FactInput(due.month(), FactStatus.DONE, day, null, null, note, participants);
    }

    static byte[] document() {
        try (InputStream in = DemoPlan.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
