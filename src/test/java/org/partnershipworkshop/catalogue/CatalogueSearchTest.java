package org.partnershipworkshop.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catalogue's search: each filter keeps the practices that match and drops the others, and filters
 * combine. Three practices carry a word of their own, so the shared database's other practices never count.
 */
@IntegrationTest
@Tag("postgres")
class CatalogueSearchTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;

    String u;
    long summerReading;
    long homeDelivery;
    long noYears;

    @BeforeEach
    void threePractices() {
        u = Practices.unique();
        summerReading = Practices.create(catalogue, Practices.facts(Language.BG, "Смолян " + u, 2018, 2020, "Деца в селата " + u),
                Canvas.EMPTY.with("name", List.of(new Note("Лятно четене " + u)))
                        .with("approaches", List.of(new Note("Куклен театър и 50% доброволци " + u)))
                        .with("participants", List.of(new PartnerEntry("Читалище „Просвета“ " + u, null, null))));
        homeDelivery = Practices.create(catalogue, Practices.facts(Language.RU, "Смоленская область " + u, 2021, null,
                        "Пенсионеры " + u),
                Canvas.EMPTY.with("name", List.of(new Note("Неформальная библиотека " + u)))
                        .with("team", List.of(new Note("Волонтёры-библиотекари " + u)))
                        .with("participants", List.of(new PartnerEntry("Администрация города " + u, null, null))));
        noYears = Practices.create(catalogue, Practices.facts(Language.BG, "смолян  " + u, null, null, null),
                Canvas.EMPTY.with("name", List.of(new Note("Клуб по шах " + u))));
    }

    private List<Long> found(CatalogueFilter filter) {
        // Every search is narrowed to this test's practices by their word, except where the word is the test.
        return SystemTask.run(() -> catalogue.search(filter)).stream().map(PracticeSummary::id)
                .filter(id -> id == summerReading || id == homeDelivery || id == noYears).toList();
    }

    @Test
    void everyPracticeIsListedWithoutAFilter() {
        assertThat(found(CatalogueFilter.ALL)).containsExactlyInAnyOrder(summerReading, homeDelivery, noYears);
        PracticeSummary listed = SystemTask.run(() -> catalogue.search(CatalogueFilter.ALL)).stream()
                .filter(p -> p.id() == summerReading).findFirst().orElseThrow();
        assertThat(listed.title()).isEqualTo("Лятно четене " + u);
        assertThat(listed.participants()).containsExactly("Читалище „Просвета“ " + u);
        assertThat(listed.meetingId()).isNull();
    }

    @Test
    void textFindsAnyFieldWordByWordWhateverTheCase() {
        assertThat(found(CatalogueFilter.ALL.withText("КУКЛЕН " + u))).containsExactly(summerReading);
        assertThat(found(CatalogueFilter.ALL.withText(u + " театър"))).containsExactly(summerReading);
        // ё and е are the same letter to the search; facts are searched too.
        assertThat(found(CatalogueFilter.ALL.withText("волонтеры " + u))).containsExactly(homeDelivery);
        assertThat(found(CatalogueFilter.ALL.withText("пенсионеры " + u))).containsExactly(homeDelivery);
        assertThat(found(CatalogueFilter.ALL.withText("оркестър " + u))).isEmpty();
        // Wildcards are plain characters.
        assertThat(found(CatalogueFilter.ALL.withText("50% " + u))).containsExactly(summerReading);
        assertThat(found(CatalogueFilter.ALL.withText("0_ " + u))).isEmpty();
    }

    @Test
    void regionMatchesTheWholeRegionWhateverTheCaseAndSpacing() {
        assertThat(found(CatalogueFilter.ALL.withRegion("СМОЛЯН " + u))).containsExactlyInAnyOrder(summerReading, noYears);
        assertThat(found(CatalogueFilter.ALL.withRegion("Смоленская область " + u))).containsExactly(homeDelivery);
        assertThat(found(CatalogueFilter.ALL.withRegion("Смол"))).isEmpty();
    }

    @Test
    void yearsKeepThePracticesThatRanInAnyOfThem() {
        assertThat(found(CatalogueFilter.ALL.withYears(2019, 2019))).containsExactly(summerReading);
        assertThat(found(CatalogueFilter.ALL.withYears(2020, 2021))).containsExactlyInAnyOrder(summerReading, homeDelivery);
        // Still running: a practice without a last year reaches into every later year.
        assertThat(found(CatalogueFilter.ALL.withYears(2030, null))).containsExactly(homeDelivery);
        assertThat(found(CatalogueFilter.ALL.withYears(null, 2017))).isEmpty();
        // Without known years a practice never matches a period.
        assertThat(found(CatalogueFilter.ALL.withYears(1900, 2100))).doesNotContain(noYears);
    }

    @Test
    void targetGroupMatchesAPartOfIt() {
        assertThat(found(CatalogueFilter.ALL.withTargetGroup("деца в селата " + u))).containsExactly(summerReading);
        assertThat(found(CatalogueFilter.ALL.withTargetGroup("Пенсионеры " + u))).containsExactly(homeDelivery);
        assertThat(found(CatalogueFilter.ALL.withTargetGroup("Студенти " + u))).isEmpty();
    }

    @Test
    void partnerMatchesTheParticipantsByNormalizedName() {
        assertThat(found(CatalogueFilter.ALL.withPartner("читалище просвета " + u))).containsExactly(summerReading);
        assertThat(found(CatalogueFilter.ALL.withPartner("\"Просвета\"  " + u))).containsExactly(summerReading);
        assertThat(found(CatalogueFilter.ALL.withPartner("администрация города " + u))).containsExactly(homeDelivery);
        // A name in another field is no participant.
        assertThat(found(CatalogueFilter.ALL.withPartner("Волонтёры-библиотекари " + u))).isEmpty();
    }

    @Test
    void filtersCombine() {
        CatalogueFilter smolyan = CatalogueFilter.ALL.withRegion("Смолян " + u);
        assertThat(found(smolyan.withText("шах"))).containsExactly(noYears);
        assertThat(found(smolyan.withYears(2018, null))).containsExactly(summerReading);
        assertThat(found(smolyan.withPartner("Администрация"))).isEmpty();
    }

    @Test
    void aMeetingFindsThePracticesPresentedThere() {
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        long presentationId = meeting.sessions().getFirst().presentations().get(1).id();
        long presented = Practices.create(catalogue, Practices.facts(Language.BG, null, null, null, null)
                .presentedAt(meeting.id(), presentationId), Canvas.EMPTY.with("name", List.of(new Note("Представена " + u))));
        List<PracticeSummary> atMeeting = SystemTask.run(() -> catalogue.search(CatalogueFilter.ALL.withMeeting(meeting.id())));
        assertThat(atMeeting).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(presented);
            assertThat(p.meetingTitle()).isEqualTo(meeting.facts().title());
            assertThat(p.presentationTitle()).isEqualTo(meeting.sessions().getFirst().presentations().get(1).presentation().title());
        });
        assertThat(SystemTask.run(() -> catalogue.atMeeting(meeting.id()))).extracting(PracticeSummary::id).containsExactly(presented);
    }

    @Test
    void theChoicesOfferWhatPracticesName() {
        CatalogueChoices choices = SystemTask.run(() -> catalogue.choices());
        assertThat(choices.regions()).contains("Смолян " + u, "Смоленская область " + u);
        assertThat(choices.targetGroups()).contains("Пенсионеры " + u);
        assertThat(choices.partners()).contains("Читалище „Просвета“ " + u);
    }

    @Test
    void anOverlongFilterIsRefused() {
        assertThatThrownBy(() -> CatalogueFilter.ALL.withText("я".repeat(2001)))
                .isInstanceOf(ValidationFailedException.class).hasMessageContaining("error.tooLong");
    }

    @Test
    void aReversedRangeOfYearsIsRefusedRatherThanFindingNothing() {
        assertThatThrownBy(() -> CatalogueFilter.ALL.withYears(2021, 2019))
                .isInstanceOf(ValidationFailedException.class).hasMessageContaining("practice.error.yearsReversed");
        assertThat(found(CatalogueFilter.ALL.withText(u).withYears(2020, 2020))).containsExactly(summerReading);
    }
}
