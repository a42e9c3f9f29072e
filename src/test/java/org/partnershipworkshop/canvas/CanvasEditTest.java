package org.partnershipworkshop.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanvasEditTest {

    private static final Note A = new Note("A");
    private static final Note B = new Note("B");
    private static final Note C = new Note("C");
    private final Canvas abc = Canvas.EMPTY.with("needs", List.of(A, B, C));

    @Test
    void addAppendsToTheField() {
        Canvas result = new CanvasEdit.Add("needs", new Note("D")).applyTo(abc);
        assertThat(result.entries("needs")).containsExactly(A, B, C, new Note("D"));
    }

    @Test
    void replaceChangesTheEntryAtItsPosition() {
        Canvas result = new CanvasEdit.Replace("needs", 1, B, new Note("B2")).applyTo(abc);
        assertThat(result.entries("needs")).containsExactly(A, new Note("B2"), C);
    }

    @Test
    void replaceFindsTheEntryWhenAnotherLaptopMovedIt() {
        Canvas moved = Canvas.EMPTY.with("needs", List.of(B, A, C));
        Canvas result = new CanvasEdit.Replace("needs", 1, B, new Note("B2")).applyTo(moved);
        assertThat(result.entries("needs")).containsExactly(new Note("B2"), A, C);
    }

    @Test
    void replaceOfAnEntryChangedMeanwhileKeepsBothVersions() {
        Canvas changed = Canvas.EMPTY.with("needs", List.of(A, new Note("B by the other laptop"), C));
        Canvas result = new CanvasEdit.Replace("needs", 1, B, new Note("B by us")).applyTo(changed);
        assertThat(result.entries("needs"))
                .containsExactly(A, new Note("B by the other laptop"), C, new Note("B by us"));
    }

    @Test
    void removeOfAnEntryAlreadyGoneChangesNothing() {
        Canvas without = Canvas.EMPTY.with("needs", List.of(A, C));
        assertThat(new CanvasEdit.Remove("needs", 1, B).applyTo(without)).isEqualTo(without);
        assertThat(new CanvasEdit.Remove("needs", 1, B).applyTo(abc).entries("needs")).containsExactly(A, C);
    }

    @Test
    void moveReordersWithinTheField() {
        assertThat(new CanvasEdit.Move("needs", 2, C, 0).applyTo(abc).entries("needs")).containsExactly(C, A, B);
        assertThat(new CanvasEdit.Move("needs", 0, A, 9).applyTo(abc).entries("needs")).containsExactly(B, C, A);
    }

    @Test
    void anEmptiedFieldDisappears() {
        Canvas one = Canvas.EMPTY.with("goal", List.of(A));
        Canvas result = new CanvasEdit.Remove("goal", 0, A).applyTo(one);
        assertThat(result.isEmpty()).isTrue();
        assertThat(result.fields()).doesNotContainKey("goal");
    }
}
