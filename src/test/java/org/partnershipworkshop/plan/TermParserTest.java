package org.partnershipworkshop.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every term form of seed 002, and its Bulgarian and English forms, with its kind and due dates in 2013. */
class TermParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            20 марта                | DATE         | 2013-03-20
            20 март                 | DATE         | 2013-03-20
            March 20                | DATE         | 2013-03-20
            20th of March           | DATE         | 2013-03-20
            12-13 февраля           | RANGE        | 2013-02-13
            12–13 февруари          | RANGE        | 2013-02-13
            February 12-13          | RANGE        | 2013-02-13
            Февраль                 | MONTH        | 2013-02-28
            Февруари                | MONTH        | 2013-02-28
            February                | MONTH        | 2013-02-28
            Январь-март             | MONTHS       | 2013-03-31
            Януари-март             | MONTHS       | 2013-03-31
            January–March           | MONTHS       | 2013-03-31
            I квартал               | QUARTER      | 2013-03-31
            II тримесечие           | QUARTER      | 2013-06-30
            Q3                      | QUARTER      | 2013-09-30
            2 раза в год            | TIMES_A_YEAR | 2013-06-30 2013-12-31
            2 пъти годишно          | TIMES_A_YEAR | 2013-06-30 2013-12-31
            twice a year            | TIMES_A_YEAR | 2013-06-30 2013-12-31
            Ежеквартально           | QUARTERLY    | 2013-03-31 2013-06-30 2013-09-30 2013-12-31
            Ежетримесечно           | QUARTERLY    | 2013-03-31 2013-06-30 2013-09-30 2013-12-31
            Quarterly               | QUARTERLY    | 2013-03-31 2013-06-30 2013-09-30 2013-12-31
            Постоянно               | ONGOING      |
            През годината           | ONGOING      |
            В течение года          | ONGOING      |
            Ongoing                 | ONGOING      |
            По графику              | SCHEDULED    |
            По отдельному графику   | SCHEDULED    |
            По график               | SCHEDULED    |
            As scheduled            | SCHEDULED    |
            По мере необходимости   | AS_NEEDED    |
            При необходимост        | AS_NEEDED    |
            As needed               | AS_NEEDED    |
            31 февраля              | UNKNOWN      |
            когда получится         | UNKNOWN      |
            """)
    void aTermBecomesItsDueDates(String written, TermKind kind, String due) {
        Term term = TermParser.parse(written, 2013);
        assertThat(term.text()).isEqualTo(written);
        assertThat(term.kind()).isEqualTo(kind);
        List<LocalDate> expected = due == null ? List.of() : java.util.Arrays.stream(due.split(" ")).map(LocalDate::parse).toList();
        assertThat(term.dueDates()).isEqualTo(expected);
        assertThat(term.understood()).isEqualTo(kind != TermKind.UNKNOWN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ежемесячно | MONTHLY
            Ежемесечно | MONTHLY
            Monthly    | MONTHLY
            Еженедельно | WEEKLY
            Ежеседмично | WEEKLY
            Weekly     | WEEKLY
            """)
    void aMonthlyTermIsDueAtTheEndOfEveryMonth(String written, TermKind kind) {
        Term term = TermParser.parse(written, 2013);
        assertThat(term.kind()).isEqualTo(kind);
        assertThat(term.dueDates()).hasSize(12).startsWith(LocalDate.of(2013, 1, 31)).endsWith(LocalDate.of(2013, 12, 31));
    }

    @org.junit.jupiter.api.Test
    void severalPiecesInOneTermAreEachUnderstood() {
        Term term = TermParser.parse("28 января\nФевраль", 2013);
        assertThat(term.parts()).extracting(Term.Part::kind).containsExactly(TermKind.DATE, TermKind.MONTH);
        assertThat(term.dueDates()).containsExactly(LocalDate.of(2013, 1, 28), LocalDate.of(2013, 2, 28));
        assertThat(TermParser.parse("16-17 апреля; 19-20 ноября", 2013).dueDates())
                .containsExactly(LocalDate.of(2013, 4, 17), LocalDate.of(2013, 11, 20));
        Term mixed = TermParser.parse("Май, как-нибудь", 2013);
        assertThat(mixed.understood()).isFalse();
        assertThat(mixed.dueDates()).containsExactly(LocalDate.of(2013, 5, 31));
    }
}
