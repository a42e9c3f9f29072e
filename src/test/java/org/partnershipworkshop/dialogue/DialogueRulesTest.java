package org.partnershipworkshop.dialogue;

import org.partnershipworkshop.survey.DeviceKey;
import org.partnershipworkshop.survey.FormCode;
import org.partnershipworkshop.survey.TooManySubmissionsException;
import org.partnershipworkshop.survey.AnswerThrottle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.base.RateLimiter;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.support.Burst;
import org.partnershipworkshop.support.TestClock;

/** The rules of answers, checklists, codes, device keys and the per-client throttle, without a database. */
class DialogueRulesTest {

    private static List<String> keys(ValidationFailedException e) {
        return e.violations().stream().map(v -> v.path() + " " + v.key()).toList();
    }

    @Test
    void anAnswerSaysSomethingWithinItsLimits() {
        assertThat(new Answer(Set.of(), 5, null).rating()).isEqualTo(5);
        assertThat(new Answer(Set.of(1L), null, "  ").comment()).as("a blank comment is no comment").isNull();
        assertThat(new Answer(Set.of(), null, "x".repeat(2000)).comment()).hasSize(2000);
        assertThatThrownBy(() -> new Answer(Set.of(), null, "x".repeat(2001)))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(keys(e)).containsExactly("comment error.tooLong"));
        assertThatThrownBy(() -> new Answer(Set.of(), 0, null))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(keys(e)).containsExactly("rating dialogue.error.rating"));
        assertThatThrownBy(() -> new Answer(Set.of(), 6, null)).isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> new Answer(Set.of(), null, "   "))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(keys(e)).containsExactly(" dialogue.error.empty"));
        Set<Long> tooMany = java.util.stream.LongStream.rangeClosed(1, 201).boxed().collect(java.util.stream.Collectors.toSet());
        assertThatThrownBy(() -> new Answer(tooMany, 3, null))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(keys(e)).containsExactly("choices error.tooMany"));
    }

    @Test
    void aChecklistHasAtMostTwoHundredDistinctLines() {
        List<String> two = IntStream.rangeClosed(1, 200).mapToObj(i -> "Line " + i).toList();
        assertThat(Checklist.ofTexts(two).items()).hasSize(200);
        List<String> more = IntStream.rangeClosed(1, 201).mapToObj(i -> "Line " + i).toList();
        assertThatThrownBy(() -> Checklist.ofTexts(more))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(keys(e)).containsExactly("items error.tooMany"));
        assertThatThrownBy(() -> Checklist.ofTexts(List.of("Умната диаграма", "умната диаграма ")))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("items[1]"));
        assertThatThrownBy(() -> Checklist.ofTexts(List.of("x".repeat(2001)))).isInstanceOf(ValidationFailedException.class);
        assertThatThrownBy(() -> new ChecklistItem(null, " ")).isInstanceOf(ValidationFailedException.class);
        assertThat(new ChecklistItem(null, "  Привличане на партньори ").text()).isEqualTo("Привличане на партньори");
    }

    @Test
    void codesAreReadAsPeopleTypeThemAndDeviceKeysAreHashedPerForm() {
        FormCode code = FormCode.random();
        assertThat(code.value()).matches("[A-HJKMNP-Z2-9]{8}");
        assertThat(FormCode.parse(code.value().toLowerCase().substring(0, 4) + " - " + code.value().substring(4))).contains(code);
        assertThat(FormCode.parse("ABC")).isEmpty();
        assertThat(FormCode.parse("x".repeat(100))).isEmpty();
        assertThat(FormCode.parse(null)).isEmpty();

        String device = DeviceKey.random();
        assertThat(DeviceKey.isWellFormed(device)).isTrue();
        assertThat(DeviceKey.isWellFormed("short")).isFalse();
        assertThat(DeviceKey.isWellFormed(null)).isFalse();
        FormCode other = FormCode.random();
        assertThat(DeviceKey.hash(code, device)).hasSize(64).doesNotContain(device)
                .isEqualTo(DeviceKey.hash(code, device)).isNotEqualTo(DeviceKey.hash(other, device));
    }

    @Test
    void theThrottleRefusesTheSixtyFirstSubmissionOfABurstFromOneAddressAndLetsOneASecondAfter() {
        TestClock limiterClock = new TestClock(Instant.parse("2026-11-22T10:00:00Z"));
        AnswerThrottle throttle = new AnswerThrottle(RateLimiter.inMemory(limiterClock));
        for (int i = 0; i < AnswerThrottle.LIMIT; i++) {
            throttle.attempt("10.0.0.1");
        }
        assertThatThrownBy(() -> throttle.attempt("10.0.0.1"))
                .isInstanceOfSatisfying(TooManySubmissionsException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
        throttle.attempt("10.0.0.2"); // another address is not affected
        limiterClock.advance(Duration.ofSeconds(1));
        throttle.attempt("10.0.0.1");
        assertThatThrownBy(() -> throttle.attempt("10.0.0.1")).isInstanceOf(TooManySubmissionsException.class);
    }

    @Test
    void aHundredParallelSubmissionsFromOneAddressLetExactlySixtyThrough() throws Exception {
        AnswerThrottle throttle = new AnswerThrottle(RateLimiter.inMemory(new TestClock(Instant.parse("2026-11-22T10:00:00Z"))));
        Map<Boolean, Integer> outcomes = Burst.of(100, 16, () -> {
            try {
                throttle.attempt("10.0.0.1");
                return true;
            } catch (TooManySubmissionsException e) {
                return false;
            }
        });
        assertThat(outcomes).containsEntry(true, AnswerThrottle.LIMIT).containsEntry(false, 100 - AnswerThrottle.LIMIT);
    }
}
