package org.partnershipworkshop.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanvasChangesTest {

    private static Canvas canvas(Map<String, List<CanvasEntry>> fields) {
        return new Canvas(fields);
    }

    @Test
    void namesAddedRemovedAndChangedEntriesPerField() {
        Canvas before = canvas(Map.of("goal", List.of(new Note("a"), new Note("b")), "needs", List.of(new Note("n"))));
        Canvas after = canvas(Map.of("goal", List.of(new Note("a"), new Note("B!"), new Note("c")),
                "service", List.of(new Note("s"))));
        CanvasChanges changes = CanvasChanges.between(before, after);

        assertThat(changes.fields()).extracting(CanvasChanges.FieldChange::fieldId)
                .containsExactlyInAnyOrder("goal", "needs", "service");
        CanvasChanges.FieldChange goal = changes.fields().stream().filter(f -> f.fieldId().equals("goal")).findFirst().orElseThrow();
        assertThat(goal.changed()).containsExactly(new CanvasChanges.Replaced(new Note("b"), new Note("B!")));
        assertThat(goal.added()).containsExactly(new Note("c"));
        assertThat(goal.removed()).isEmpty();
        CanvasChanges.FieldChange needs = changes.fields().stream().filter(f -> f.fieldId().equals("needs")).findFirst().orElseThrow();
        assertThat(needs.removed()).containsExactly(new Note("n"));
    }

    @Test
    void aNewOrderIsAChangeAndEqualCanvasesHaveNone() {
        Canvas before = canvas(Map.of("goal", List.of(new Note("a"), new Note("b"))));
        Canvas swapped = canvas(Map.of("goal", List.of(new Note("b"), new Note("a"))));
        assertThat(CanvasChanges.between(before, swapped).fields()).singleElement()
                .satisfies(f -> assertThat(f.reordered()).isTrue());
        assertThat(CanvasChanges.between(before, before).isEmpty()).isTrue();
    }

    @Test
    void duplicatesAreCounted() {
        Canvas before = canvas(Map.of("goal", List.of(new Note("a"))));
        Canvas after = canvas(Map.of("goal", List.of(new Note("a"), new Note("a"))));
        assertThat(CanvasChanges.between(before, after).fields().getFirst().added()).containsExactly(new Note("a"));
    }
}
