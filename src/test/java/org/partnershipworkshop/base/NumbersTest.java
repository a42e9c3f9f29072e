package org.partnershipworkshop.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasJson;
import org.partnershipworkshop.canvas.Indicator;
import org.partnershipworkshop.canvas.Resource;
import org.partnershipworkshop.canvas.Target;
import tools.jackson.databind.JsonNode;

/** Issue 13, finding 4: amounts and measured values are BigDecimal with a stated range and scale. */
class NumbersTest {

    @Test
    void theMapperKeepsEveryDigitAndDoesNotOverflowToInfinity() {
        JsonNode node = Json.MAPPER.readTree("{\"a\":999999999999999.99,\"b\":1e309}");
        assertThat(node.get("a").decimalValue()).isEqualByComparingTo("999999999999999.99");
        assertThat(node.get("b").decimalValue()).isEqualByComparingTo("1E+309");
    }

    @Test
    void anAmountKeepsItsCentsUpToTheLargestAmount() {
        assertThat(new Resource("Hall", new BigDecimal("999999999999999.99"), "EUR").amount().toPlainString())
                .isEqualTo("999999999999999.99");
        assertThat(new Resource("Hall", new BigDecimal("30.50"), "EUR").amount().toPlainString()).isEqualTo("30.5");
        assertThat(new Resource("Hall", new BigDecimal("3E+2"), "EUR").amount().toPlainString()).isEqualTo("300");
    }

    @Test
    void anAmountOutOfRangeOrTooPreciseIsRefused() {
        assertThatThrownBy(() -> new Resource("Hall", new BigDecimal("12345678901234567.89"), "EUR"))
                .hasMessageContaining("error.numberRange");
        assertThatThrownBy(() -> new Resource("Hall", new BigDecimal("1E+309"), "EUR")).hasMessageContaining("error.numberRange");
        assertThatThrownBy(() -> new Resource("Hall", new BigDecimal("1E+999999999"), "EUR"))
                .hasMessageContaining("error.numberRange");
        assertThatThrownBy(() -> new Resource("Hall", new BigDecimal("0.125"), "EUR")).hasMessageContaining("error.tooManyDecimals");
        assertThatThrownBy(() -> new Resource("Hall", new BigDecimal("1E-999999999"), "EUR"))
                .hasMessageContaining("error.tooManyDecimals");
        assertThatThrownBy(() -> new Resource("Hall", new BigDecimal("-1"), "EUR")).hasMessageContaining("error.amountNegative");
    }

    @Test
    void measuredValuesMayBeNegativeWithFourDecimalsWithinRange() {
        assertThat(new Indicator("Readers", "%", new BigDecimal("-12.3456"), null).lastYear()).isEqualByComparingTo("-12.3456");
        assertThatThrownBy(() -> new Indicator("Readers", null, new BigDecimal("1e309"), null))
                .hasMessageContaining("lastYear").hasMessageContaining("error.numberRange");
        assertThatThrownBy(() -> new Target("Readers", null, null, new BigDecimal("-1E+16"), null))
                .hasMessageContaining("target").hasMessageContaining("error.numberRange");
        assertThatThrownBy(() -> new Target("Readers", null, new BigDecimal("0.00001"), null, null))
                .hasMessageContaining("error.tooManyDecimals");
    }

    @Test
    void canvasJsonReportsOutOfRangeNumbersWithTheirPathAndRoundTripsTheRest() {
        var template = org.partnershipworkshop.canvas.TemplateCatalogs.load(java.nio.file.Path.of("workshop-templates")).stream()
                .filter(t -> t.id().equals("smart-diagram")).findFirst().orElseThrow();
        String resources = template.fields().stream().filter(f -> f.kind() == org.partnershipworkshop.canvas.FieldKind.RESOURCES)
                .findFirst().orElseThrow().id();
        List<Violation> problems = new ArrayList<>();
        CanvasJson.read(Json.MAPPER.readTree("{\"" + resources + "\":[{\"item\":\"Hall\",\"amount\":1e309,\"currency\":\"EUR\"}]}"),
                template, "fields", problems);
        assertThat(problems).extracting(Violation::path, Violation::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fields." + resources + "[0].amount", "error.numberRange"));

        String exact = "{\"" + resources + "\":[{\"item\":\"Hall\",\"amount\":999999999999999.99,\"currency\":\"EUR\"}]}";
        Canvas canvas = CanvasJson.readOrThrow(Json.MAPPER.readTree(exact), template, "fields");
        assertThat(Json.MAPPER.writeValueAsString(CanvasJson.write(canvas, template))).contains("999999999999999.99");
    }
}
