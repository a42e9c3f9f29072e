package org.partnershipworkshop.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How fast the catalogue answers with a national catalogue of 2,000 practices (ten times a large region's):
 * the whole list, and each kind of filter, median of seven after a warm-up, through the service (database,
 * summaries and all). Run with {@code ./mvnw -o verify -Pbenchmark -Dtest=CatalogueSearchBenchmark};
 * figures go to docs/PERFORMANCE.md.
 */
@IntegrationTest
@Tag("benchmark")
class CatalogueSearchBenchmark {

    static final int PRACTICES = 2_000;
    static final List<String> REGIONS = List.of("Смолян", "Пазарджик", "Кърджали", "Пловдив", "Хасково", "Благоевград",
            "Смоленская область", "Тверская область", "Варна", "Русе");

    @Autowired
    CatalogueService catalogue;

    @Test
    void searchesOfANationalCatalogue() {
        String u = Practices.unique();
        for (int i = 0; i < PRACTICES; i++) {
            String region = REGIONS.get(i % REGIONS.size()) + " " + u;
            int from = 2005 + i % 15;
            Practices.create(catalogue, Practices.facts(Language.BG, region, from, from + 2, "Деца и родители " + (i % 40)),
                    Practices.fullPassport("Практика " + i + " " + u, "p" + i));
        }
        CatalogueFilter mine = CatalogueFilter.ALL.withText(u);
        report("all " + PRACTICES + " practices (text: one word all share)", () -> catalogue.search(mine), PRACTICES);
        report("text: one practice's name", () -> catalogue.search(mine.withText("Практика 1234 " + u)), 1);
        report("region", () -> catalogue.search(mine.withRegion(REGIONS.get(3) + " " + u)), PRACTICES / REGIONS.size());
        report("years 2010–2011", () -> catalogue.search(mine.withYears(2010, 2011)), -1);
        report("target group part", () -> catalogue.search(mine.withTargetGroup("родители 7")), -1);
        report("partner part", () -> catalogue.search(mine.withPartner("Просвета 1923“ p77")), -1);
    }

    private static void report(String what, Supplier<List<PracticeSummary>> search, int expected) {
        for (int i = 0; i < 3; i++) {
            SystemTask.run(search);
        }
        List<Double> times = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            found = SystemTask.run(search).size();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        System.out.printf("CATALOGUE %s: %d found, median %.0f ms, slowest %.0f ms%n", what, found, times.get(3),
                times.getLast());
        if (expected >= 0) {
            assertThat(found).as(what).isEqualTo(expected);
        } else {
            assertThat(found).as(what).isPositive();
        }
    }
}
