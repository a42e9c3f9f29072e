package org.partnershipworkshop.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.canvas.PartnerEntry;
import tools.jackson.databind.JsonNode;

/** Issue 13, findings 2 (control characters in user text) and 15 (lengths in code points). */
class TextRulesTest {

    private static final String EMOJI = "\uD83D\uDCDA"; // 📚, two UTF-16 units, one character

    @Test
    void controlCharactersAreDroppedFromEveryTextOnTheWayIn() {
        assertThat(new PartnerEntry("Читалище\u0001 „Развитие“\u0000", null, "домакин\u009B").name())
                .isEqualTo("Читалище „Развитие“");
        assertThat(new PartnerEntry("Читалище\u0001", null, "домакин\u009B").role()).isEqualTo("домакин");
        assertThat(Rules.optional("a\u007Fb\uFFFEc\uFFFF", "x", 10)).isEqualTo("abc");
        assertThat(Rules.texts(List.of("one\u0002", "two"), "x", 5, 10)).containsExactly("one", "two");
    }

    @Test
    void linesTabsAndPairedSurrogatesStayLineBreaksOfOfficeProgramsBecomeLines() {
        assertThat(new Note("первый\nвторой\r\n\tтретий " + EMOJI).text()).isEqualTo("первый\nвторой\r\n\tтретий " + EMOJI);
        assertThat(Text.clean("a\u000Bb\u000Cc\u0085d")).isEqualTo("a\nb\nc\nd");
        assertThat(Text.clean("lone \uD83D half and \uDCDA other")).isEqualTo("lone  half and  other");
    }

    @Test
    void aTextOfNothingButControlCharactersIsMissing() {
        assertThatThrownBy(() -> new Note("\u0001\u0002")).hasMessageContaining("error.required");
        assertThat(Rules.optional("\u0007", "x", 10)).isNull();
    }

    @Test
    void theJsonReadersCleanAndCountTheSameWay() {
        JsonNode node = Json.MAPPER.readTree("{\"name\":\"Клуб\\u0001\",\"notes\":[\"x\\u0000\"]}");
        JsonChecks checks = new JsonChecks();
        assertThat(checks.text(node, "name", "", true, 1, 10)).isEqualTo("Клуб");
        assertThat(checks.texts(node, "notes", "", 5, 10)).containsExactly("x");
        assertThat(checks.problems()).isEmpty();
    }

    @Test
    void lengthsCountCharactersAsAPersonDoesNotUtf16Units() {
        String emoji = EMOJI.repeat(1_500);
        assertThat(emoji.length()).isEqualTo(3_000);
        assertThat(new Note(emoji).text()).isEqualTo(emoji);
        assertThatThrownBy(() -> new Note(EMOJI.repeat(Limits.TEXT + 1)))
                .satisfies(e -> assertThat(((ValidationFailedException) e).violations().getFirst().args())
                        .containsExactly(Limits.TEXT, Limits.TEXT + 1));
        JsonNode node = Json.MAPPER.readTree("{\"t\":\"" + emoji + "\"}");
        JsonChecks checks = new JsonChecks();
        assertThat(checks.text(node, "t", "", true, 1, Limits.TEXT)).isEqualTo(emoji);
        assertThat(checks.problems()).isEmpty();
    }
}
