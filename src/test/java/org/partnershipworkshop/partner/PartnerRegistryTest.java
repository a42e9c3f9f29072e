package org.partnershipworkshop.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipworkshop.partner.PartnerMeetings.partner;
import static org.partnershipworkshop.partner.PartnerMeetings.partners;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.partner.PartnerMeetings.Group;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The registry: canvas entries link to partners by normalized name only; a manager merges (links moved,
 * aliases kept, canvas text untouched, undoable), renames and says two partners differ.
 */
@IntegrationTest
@WithMockUser(username = "manager", roles = "MANAGER")
@Tag("postgres")
class PartnerRegistryTest {

    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    CanvasService canvases;
    @Autowired
    PartnerService partners;

    private Optional<PartnerSummary> named(String name) {
        return partners.partners().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private PartnerSummary only(String name) {
        return named(name).orElseThrow(() -> new AssertionError("no partner " + name));
    }

    private long group(MeetingDetails meeting, int number) {
        return meeting.groups().stream().filter(g -> g.number() == number).findFirst().orElseThrow().id();
    }

    private List<String> canvasNames(long groupId) {
        return SystemTask.run(() -> canvases.current(groupId)).canvas().partners().stream().map(PartnerEntry::name).toList();
    }

    @Test
    void aDeletedMeetingLeavesTheNetworkAndTheRegistryStillAnswers() {
        String u = PartnerMeetings.unique();
        MeetingDetails meeting = PartnerMeetings.importMeeting(interchange, meetings, "Изтрита " + u, "Смолян", List.of(
                new Group("Деца", null, partners(partner("Музей " + u)))));
        assertThat(only("Музей " + u).services()).isEqualTo(1);

        SystemTask.run(() -> {
            meetings.delete(meeting.id());
            return null;
        });

        // Before, the network re-read the deleted meeting, the service's "not found" spoiled the read's
        // transaction, and every later read of the network failed.
        assertThat(only("Музей " + u).services()).isZero();
        assertThat(partners.network(NetworkFilter.ALL).services()).noneMatch(s -> s.meetingId() == meeting.id());
    }

    @Test
    void entriesDifferingInCaseSpacingOrQuotesLinkToOnePartnerAndNothingElseDoes() {
        String u = PartnerMeetings.unique();
        MeetingDetails meeting = PartnerMeetings.importMeeting(interchange, meetings, "Нормализиране " + u, "Смолян", List.of(
                new Group("Деца", null, partners(partner("Читалище „Светлина " + u + "“", "community-centre", null),
                        partner("  читалище   светлина " + u.toLowerCase() + " "))),
                new Group("Младежи", null, partners(partner("Читалище «Светлина " + u + "»"))),
                new Group("Възрастни", null, partners(partner("Читалище \"Светлина " + u + "\""),
                        partner("Читалище Светлина " + u + " 2"), partner("Читалище Светлината " + u)))));

        List<PartnerSummary> found = partners.partners().stream().filter(p -> p.name().contains(u)).toList();
        assertThat(found).extracting(PartnerSummary::name).containsExactlyInAnyOrder(
                "Читалище „Светлина " + u + "“", "Читалище Светлина " + u + " 2", "Читалище Светлината " + u);
        PartnerSummary svetlina = only("Читалище „Светлина " + u + "“");
        assertThat(svetlina.services()).isEqualTo(3);
        assertThat(svetlina.meetings()).isEqualTo(1);
        assertThat(svetlina.type()).isEqualTo(PartnerType.COMMUNITY_CENTRE);
        assertThat(svetlina.typeSet()).isFalse();
        assertThat(svetlina.meetingRegions()).containsExactly("Смолян");
        assertThat(partners.partner(svetlina.id()).links()).extracting(l -> l.service().groupId())
                .containsExactly(group(meeting, 1), group(meeting, 2), group(meeting, 3));
        // Likely the same, but a manager decides: suggested, never merged.
        assertThat(partners.duplicates()).anySatisfy(d -> {
            assertThat(List.of(d.first().name(), d.second().name()))
                    .containsExactlyInAnyOrder(svetlina.name(), "Читалище Светлината " + u);
            assertThat(d.reason()).isEqualTo(DuplicateSuggestion.Reason.SAME_WORDS);
        });
    }

    @Test
    void aNameFirstWrittenInTheEditorGetsItsPartner() {
        String u = PartnerMeetings.unique();
        MeetingDetails meeting = PartnerMeetings.importMeeting(interchange, meetings, "Редактор " + u, "Пазарджик",
                List.of(new Group("Деца", null, List.of())));
        long groupId = group(meeting, 1);
        assertThat(named("Пчеларско дружество " + u)).isEmpty();
        SystemTask.run(() -> canvases.apply(groupId, 1, new CanvasEdit.Add("partners",
                new PartnerEntry("Пчеларско дружество " + u, PartnerType.CLUB, "мед за децата"))));
        PartnerSummary added = only("Пчеларско дружество " + u);
        assertThat(added.services()).isEqualTo(1);
        assertThat(partners.partner(added.id()).links().getFirst().roles()).containsExactly("мед за децата");
    }

    @Test
    void mergeMovesEveryLinkKeepsAliasesNeverChangesCanvasesAndIsUndone() {
        String u = PartnerMeetings.unique();
        MeetingDetails meeting = PartnerMeetings.importMeeting(interchange, meetings, "Сливане " + u, "Смолян", List.of(
                new Group("Жени", null, partners(partner("НПО " + u, "ngo", "консултации"))),
                new Group("Младежи", null, partners(partner("Неправителствена организация " + u, "ngo", null),
                        partner("Община " + u, "municipality", null))),
                new Group("Деца", null, partners(partner("неправителствена  организация " + u)))));
        PartnerSummary npo = only("НПО " + u);
        PartnerSummary written = only("Неправителствена организация " + u);
        assertThat(partners.duplicates()).anySatisfy(d -> {
            assertThat(List.of(d.first().id(), d.second().id())).containsExactlyInAnyOrder(npo.id(), written.id());
            assertThat(d.reason()).isEqualTo(DuplicateSuggestion.Reason.ABBREVIATION);
        });
        List<String> before = canvasNames(group(meeting, 2));

        PartnerMerge merge = partners.merge(npo.id(), written.id());

        PartnerSummary kept = only("НПО " + u);
        assertThat(kept.services()).isEqualTo(3);
        assertThat(kept.aliases()).contains("Неправителствена организация " + u);
        assertThat(named("Неправителствена организация " + u)).isEmpty();
        assertThat(partners.partner(written.id()).id()).as("found under the kept partner").isEqualTo(npo.id());
        assertThat(partners.partner(npo.id()).merges()).extracting(PartnerMerge::mergedId).containsExactly(written.id());
        PartnerNetwork network = partners.network(new NetworkFilter(meeting.id(), null, null, null));
        assertThat(network.partners()).extracting(PartnerNode::name).containsExactlyInAnyOrder("НПО " + u, "Община " + u);
        assertThat(network.degree(network.partner(npo.id()).orElseThrow())).isEqualTo(3);
        assertThat(canvasNames(group(meeting, 2))).as("canvas text stays").isEqualTo(before);
        assertThat(partners.duplicates()).noneMatch(d -> d.first().id() == written.id() || d.second().id() == written.id());
        assertThat(partners.merges(10)).first().satisfies(m -> {
            assertThat(m.id()).isEqualTo(merge.id());
            assertThat(m.undoable()).isTrue();
            assertThat(m.keptName()).isEqualTo("НПО " + u);
            assertThat(m.mergedName()).isEqualTo("Неправителствена организация " + u);
        });
        // A group writing the merged name later links to the kept partner too.
        SystemTask.run(() -> canvases.apply(group(meeting, 1), 1, new CanvasEdit.Add("partners",
                new PartnerEntry("Неправителствена Организация " + u, null, null))));
        assertThat(only("НПО " + u).services()).isEqualTo(3);

        partners.undoMerge(merge.id());

        assertThat(only("НПО " + u).services()).isEqualTo(1);
        assertThat(only("НПО " + u).aliases()).doesNotContain("Неправителствена организация " + u);
        assertThat(only("Неправителствена организация " + u).services()).isEqualTo(3);
        assertThat(canvasNames(group(meeting, 2))).isEqualTo(before);
        assertThat(partners.merges(10)).filteredOn(m -> m.id() == merge.id()).singleElement()
                .satisfies(m -> assertThat(m.undone()).isTrue()).satisfies(m -> assertThat(m.undoable()).isFalse());
        assertThatThrownBy(() -> partners.undoMerge(merge.id())).isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void anEarlierMergeIsUndoneOnlyAfterTheLaterOne() {
        String u = PartnerMeetings.unique();
        PartnerMeetings.importMeeting(interchange, meetings, "Верига " + u, "Смолян", List.of(
                new Group("Деца", null, partners(partner("Кметство " + u), partner("Кметството " + u),
                        partner("Община " + u)))));
        long town = only("Кметство " + u).id();
        long theTown = only("Кметството " + u).id();
        long municipality = only("Община " + u).id();
        PartnerMerge first = partners.merge(town, theTown);
        PartnerMerge second = partners.merge(municipality, town);
        assertThat(only("Община " + u).aliases()).contains("Кметство " + u, "Кметството " + u);
        assertThat(partners.merges(10)).filteredOn(m -> m.id() == first.id()).singleElement()
                .satisfies(m -> assertThat(m.undoable()).isFalse());

        assertThatThrownBy(() -> partners.undoMerge(first.id())).isInstanceOfSatisfying(ValidationFailedException.class,
                e -> assertThat(e.violations()).extracting(Violation::key).containsExactly("partner.error.undoLaterFirst"));
        assertThatThrownBy(() -> partners.merge(municipality, theTown))
                .as("a merged partner cannot be merged again").isInstanceOf(ValidationFailedException.class);

        partners.undoMerge(second.id());
        partners.undoMerge(first.id());
        assertThat(List.of(only("Кметство " + u), only("Кметството " + u), only("Община " + u)))
                .allSatisfy(p -> assertThat(p.services()).isEqualTo(1));
    }

    @Test
    void renamingKeepsCanvasTextAndLinksTheNewNameToo() {
        String u = PartnerMeetings.unique();
        MeetingDetails meeting = PartnerMeetings.importMeeting(interchange, meetings, "Преименуване " + u, "Смолян",
                List.of(new Group("Деца", null, partners(partner("Библиотека " + u), partner("Музей " + u)))));
        PartnerSummary library = only("Библиотека " + u);
        PartnerProfile profile = partners.partner(library.id());

        partners.update(library.id(), profile.version(), new PartnerDetails("Регионална библиотека " + u,
                PartnerType.LIBRARY, "Смолян", "Партньор от 2012", List.of("РБ " + u, "регионална библиотека " + u)));

        PartnerProfile renamed = partners.partner(library.id());
        assertThat(renamed.summary().name()).isEqualTo("Регионална библиотека " + u);
        assertThat(renamed.summary().type()).isEqualTo(PartnerType.LIBRARY);
        assertThat(renamed.summary().typeSet()).isTrue();
        assertThat(renamed.details().aliases()).as("an alias repeating the name is dropped").containsExactly("РБ " + u);
        assertThat(renamed.summary().aliases()).contains("Библиотека " + u, "РБ " + u);
        assertThat(canvasNames(group(meeting, 1))).contains("Библиотека " + u);
        SystemTask.run(() -> canvases.apply(group(meeting, 1), 1, new CanvasEdit.Add("partners",
                new PartnerEntry("регионална Библиотека " + u, null, null))));
        assertThat(only("Регионална библиотека " + u).services()).isEqualTo(1);
        assertThat(partners.partners()).filteredOn(p -> p.name().contains(u)).hasSize(2);

        long museum = only("Музей " + u).id();
        long museumVersion = partners.partner(museum).version();
        assertThatThrownBy(() -> partners.update(museum, museumVersion, PartnerDetails.named("Библиотека " + u)))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("name", "partner.error.nameTaken", "Регионална библиотека " + u)));
        assertThatThrownBy(() -> partners.update(library.id(), profile.version(), PartnerDetails.named("Друго " + u)))
                .as("a stale version").isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.violations()).extracting(Violation::key).containsExactly("partner.error.changed"));
        assertThatThrownBy(() -> PartnerDetails.named("  ")).isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void partnersSaidToDifferAreNotSuggestedAgain() {
        String u = PartnerMeetings.unique();
        PartnerMeetings.importMeeting(interchange, meetings, "Различни " + u, "Смолян", List.of(
                new Group("Деца", null, partners(partner("Медии " + u), partner("Местни медии " + u)))));
        long media = only("Медии " + u).id();
        long local = only("Местни медии " + u).id();
        assertThat(partners.duplicates()).anyMatch(d -> d.first().id() == Math.min(media, local)
                && d.second().id() == Math.max(media, local) && d.reason() == DuplicateSuggestion.Reason.CONTAINED);

        partners.markDistinct(local, media);

        assertThat(partners.duplicates()).noneMatch(d -> d.first().id() == Math.min(media, local)
                && d.second().id() == Math.max(media, local));
        partners.markDistinct(media, local); // saying it twice changes nothing
    }
}
