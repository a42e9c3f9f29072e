package org.partnershipworkshop.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.partner.DuplicateSuggestion.Reason;
import org.partnershipworkshop.partner.NameLikeness.Likeness;

/** Which partner names are suggested as likely the same, and why — and which are not. */
class NameLikenessTest {

    private static Optional<Likeness> compare(String a, String b) {
        return NameLikeness.compare(NameLikeness.forms(a), NameLikeness.forms(b));
    }

    private static void alike(String a, String b, Reason reason) {
        Optional<Likeness> likeness = compare(a, b);
        assertThat(likeness).as("%s / %s", a, b).isPresent();
        assertThat(likeness.get().reason()).as("%s / %s", a, b).isEqualTo(reason);
        assertThat(likeness.get().score()).isBetween(NameLikeness.THRESHOLD, 1.0);
        assertThat(compare(b, a)).as("symmetric").contains(likeness.get());
    }

    private static void notAlike(String a, String b) {
        assertThat(compare(a, b)).as("%s / %s", a, b).isEmpty();
    }

    @Test
    void wordEndingsAndArticlesDoNotCount() {
        alike("Община", "Общината", Reason.SAME_WORDS);
        alike("Училища", "училището", Reason.SAME_WORDS);
        alike("Читалище „Светлина“", "Читалищата Светлина", Reason.SAME_WORDS);
        alike("Центральная библиотека", "Центральной библиотеки", Reason.SAME_WORDS);
        alike("Музеи", "Музей", Reason.SAME_WORDS);
        alike("Местни медии", "местните медии", Reason.SAME_WORDS);
    }

    @Test
    void lookAlikeLatinLettersAndYoDoNotCount() {
        alike("Oбщина", "Община", Reason.SAME_WORDS); // the first O is Latin
        alike("Объединённая школа", "Объединенная школа", Reason.SAME_WORDS);
    }

    @Test
    void abbreviationsAreWrittenOut() {
        alike("НПО", "Неправителствени организации", Reason.ABBREVIATION);
        alike("НПО „Светлина“", "Неправителствена организация Светлина", Reason.ABBREVIATION);
        alike("НКО", "Некоммерческие организации", Reason.ABBREVIATION);
        // initials, without the dictionary
        alike("ДБТ", "Дирекция „Бюро по труда“", Reason.ABBREVIATION);
        alike("ЦБС", "Централизованная библиотечная система", Reason.ABBREVIATION);
    }

    @Test
    void aNameInsideAnotherCountsLess() {
        Likeness media = compare("Медии", "Местни медии").orElseThrow();
        assertThat(media.reason()).isEqualTo(Reason.CONTAINED);
        alike("Бизнес", "Местен бизнес", Reason.CONTAINED);
        // the dictionary knows ДБТ is the Бюро по труда
        alike("Бюро по труда", "Дирекция „Бюро по труда“ (ДБТ)", Reason.ABBREVIATION);
        assertThat(compare("Община", "Общината").orElseThrow().score()).isGreaterThan(media.score());
    }

    @Test
    void smallMisspellingsAreFound() {
        alike("Читалише Светлина", "Читалище Светлина", Reason.SPELLING);
    }

    @Test
    void differentPartnersAreNotSuggested() {
        notAlike("Община", "Местна власт");
        notAlike("Община", "Общинска служба по земеделие");
        notAlike("Училища", "Учители");
        notAlike("Клуб на пенсионера", "Съюз на инвалидите");
        notAlike("Родители", "Юристи");
        notAlike("НПО", "Бизнес");
        notAlike("СОУ № 1", "СОУ № 2");
        notAlike("Детска градина 5 „Звънче“", "Детска градина 7 „Звънче“");
        alike("Училище 1", "училището № 1", Reason.SAME_WORDS);
        alike("Библиотека", "Библиотека 2", Reason.CONTAINED);
    }

    @Test
    void likelyDuplicatesAmongManyPartnersAreFoundOnceEach() {
        Map<Long, List<String>> names = Map.of(
                1L, List.of("НПО"),
                2L, List.of("Неправителствени организации"),
                3L, List.of("Община"),
                4L, List.of("Общината", "Общинска администрация"),
                5L, List.of("Местна власт"),
                6L, List.of("Юристи"));
        List<LikelyDuplicates.Pair> pairs = LikelyDuplicates.find(names);
        assertThat(pairs).extracting(p -> List.of(p.first(), p.second()))
                .containsExactly(List.of(3L, 4L), List.of(1L, 2L));
    }
}
