package org.partnershipworkshop.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodeTest {

    @Test
    void theAlphabetHasNoLookAlikes() {
        assertThat(JoinCode.ALPHABET).doesNotContain("0", "O", "1", "I", "L").hasSize(31);
        assertThat(JoinCode.ALPHABET.chars().distinct().count()).isEqualTo(31);
    }

    @Test
    void randomCodesHaveEightCharactersOfTheAlphabetAndDiffer() {
        Set<String> seen = new HashSet<>();
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = JoinCode.random().value();
            assertThat(code).hasSize(8).matches("[" + JoinCode.ALPHABET + "]{8}");
            seen.add(code);
            code.chars().forEach(c -> used.add((char) c));
        }
        assertThat(seen).hasSize(2000);
        assertThat(used).hasSize(31);
    }

    @Test
    void typedCodesIgnoreCaseSpacesAndDashes() {
        assertThat(JoinCode.parse("abcd efgh")).contains(new JoinCode("ABCDEFGH"));
        assertThat(JoinCode.parse(" ABCD-EFGH ")).contains(new JoinCode("ABCDEFGH"));
        assertThat(JoinCode.parse("ABCD\tEFGH\n")).contains(new JoinCode("ABCDEFGH"));
        assertThat(JoinCode.parse("ABCDEFG")).isEmpty();
        assertThat(JoinCode.parse("ABCDEFGHJ")).isEmpty();
        assertThat(JoinCode.parse("ABCDEFG0")).isEmpty();
        assertThat(JoinCode.parse("ABCDEFGI")).isEmpty();
        assertThat(JoinCode.parse(null)).isEmpty();
        assertThatThrownBy(() -> new JoinCode("abcdefgh")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCodeIsShownInTwoGroupsOfFour() {
        assertThat(JoinCode.random(new Random(1)).grouped()).matches("[A-Z2-9]{4} [A-Z2-9]{4}");
        assertThat(new JoinCode("ABCDEFGH").grouped()).isEqualTo("ABCD EFGH");
    }
}
