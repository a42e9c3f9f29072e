package org.partnershipworkshop.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.base.ValidationFailedException;

class CanvasRulesTest {

    @Test
    void aNoteIsOneToTwoThousandCharacters() {
        assertThat(new Note("x".repeat(2000)).text()).hasSize(2000);
        assertThatThrownBy(() -> new Note("x".repeat(2001))).isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).violations().getFirst().key()).isEqualTo("error.tooLong"));
        assertThatThrownBy(() -> new Note("  ")).isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void anAmountNeedsAnIsoCurrencyAndMayNotBeNegative() {
        assertThat(new Resource("Hall", new BigDecimal("300"), "BGN").currency()).isEqualTo("BGN");
        assertThat(new Resource("Volunteers").amount()).isNull();
        assertThatThrownBy(() -> new Resource("Hall", new BigDecimal("300"), null))
                .hasMessageContaining("error.currencyRequired");
        assertThatThrownBy(() -> new Resource("Hall", new BigDecimal("300"), "LEV"))
                .hasMessageContaining("error.currencyUnknown");
        assertThatThrownBy(() -> new Resource("Hall", new BigDecimal("300"), "bgn"))
                .hasMessageContaining("error.currencyUnknown");
        assertThatThrownBy(() -> new Resource("Hall", new BigDecimal("-1"), "EUR"))
                .hasMessageContaining("error.amountNegative");
    }

    @Test
    void totalsArePerCurrency() {
        Map<String, BigDecimal> totals = ResourceTotals.of(List.of(
                new Resource("Brochures", new BigDecimal("300"), "BGN"),
                new Resource("Discs", new BigDecimal("150.50"), "BGN"),
                new Resource("Trip", new BigDecimal("80"), "EUR"),
                new Resource("Goodwill")));
        assertThat(totals).containsOnlyKeys("BGN", "EUR");
        assertThat(totals.get("BGN")).isEqualByComparingTo("450.50");
        assertThat(totals.get("EUR")).isEqualByComparingTo("80");
    }

    @Test
    void aFieldHoldsAtMostTwoHundredEntries() {
        List<CanvasEntry> many = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            many.add(new Note("n" + i));
        }
        assertThatThrownBy(() -> Canvas.EMPTY.with("needs", many)).hasMessageContaining("error.tooMany");
        assertThat(Canvas.EMPTY.with("needs", many.subList(0, 200)).entryCount()).isEqualTo(200);
    }

    @Test
    void partnerNamesMatchWhateverTheCaseSpacingAndQuotes() {
        assertThat(PartnerNames.normalize("НЧ „Светлина“")).isEqualTo(PartnerNames.normalize("нч  \"Светлина\""));
        assertThat(PartnerNames.normalize("НЧ «Светлина»")).isEqualTo(PartnerNames.normalize(" НЧ Светлина "));
        assertThat(PartnerNames.normalize("Община")).isNotEqualTo(PartnerNames.normalize("Общината"));
    }
}
