package org.partnershipworkshop.catalogue;

import java.math.BigDecimal;
import java.util.List;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.Indicator;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.canvas.Resource;

/** Practices for tests, created as the system; each test marks its own with a word no other test uses. */
public final class Practices {

    private Practices() {
    }

    /** A word that appears in no other test's data. */
    public static String unique() {
        return "u" + Long.toString(System.nanoTime(), 36);
    }

    public static long create(CatalogueService catalogue, PracticeFacts facts, Canvas passport) {
        return SystemTask.run(() -> catalogue.create(facts, passport));
    }

    public static PracticeFacts facts(Language language, String region, Integer from, Integer to, String targetGroup) {
        return new PracticeFacts(language, region, from, to, targetGroup, null, null);
    }

    /** A full passport in Bulgarian: every field of the template holds something. */
    public static Canvas fullPassport(String name, String marker) {
        return Canvas.EMPTY
                .with("name", List.of(new Note(name), new Note("Регионална библиотека „Христо Смирненски“ " + marker)))
                .with("territory", List.of(new Note("Община Смолян")))
                .with("period", List.of(new Note("от март 2018 до декември 2020")))
                .with("prerequisites", List.of(new Note("Децата в малките села нямат къде да четат през лятото")))
                .with("goals", List.of(new Note("Лятно четене за всяко дете"), new Note("Повече читатели до 14 години")))
                .with("approaches", List.of(new Note("Подвижна библиотека с доброволци")))
                .with("results", List.of(new Indicator("Заемания", "бр.", new BigDecimal("716"), new BigDecimal("1450")),
                        new Indicator("Нови читатели", "души", new BigDecimal("72"), null)))
                .with("participants", List.of(new PartnerEntry("Читалище „Просвета 1923“ " + marker, PartnerType.COMMUNITY_CENTRE,
                        "помещение и доброволци"), new PartnerEntry("Община Смолян", PartnerType.MUNICIPALITY, null)))
                .with("beneficiaries", List.of(new Note("Деца от селата на общината")))
                .with("costs", List.of(new Resource("Книги за подвижния фонд", new BigDecimal("1200"), "BGN"),
                        new Resource("Транспорт", new BigDecimal("300.50"), "BGN")))
                .with("team", List.of(new Note("Мария Петрова, библиотекар")))
                .with("links", List.of(new Note("https://library.example/leto")));
    }
}
