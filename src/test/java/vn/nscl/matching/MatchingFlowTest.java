package vn.nscl.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import tools.jackson.databind.json.JsonMapper;
import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.audit.AuditLog;
import vn.nscl.audit.AuditQuery;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.expert.Language;
import vn.nscl.notification.NotificationItem;
import vn.nscl.notification.NotificationService;
import vn.nscl.shared.UserFacingException;
import vn.nscl.testsupport.MutableClock;
import vn.nscl.security.PersonalDataService;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestErasures;
import vn.nscl.testsupport.TestOfficers;
import vn.nscl.testsupport.TestExperts;
import vn.nscl.testsupport.TestExperts.Spec;
import vn.nscl.shared.TimelineStep;
import vn.nscl.testsupport.TestFiles;

/**
 * The whole matching loop through the services: request, explained proposals, offer, accept or decline (the next
 * expert is offered), expiry with a moved clock, engagement to rating, officer override, fairness and access. Each
 * test works in a commune of its own with on-site requests, so other tests' experts never compete.
 */
@SpringBootTest
class MatchingFlowTest {

    static final String ITEM = "ISO_56000";

    @Autowired
    SupportRequestService requests;

    @Autowired
    ExpertInboxService inbox;

    @Autowired
    RequestDeskService desk;

    @Autowired
    OfferDeadlines deadlines;

    @Autowired
    NotificationService notifications;

    @Autowired
    AssessmentResultsService assessments;

    @Autowired
    AuditLog audit;

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    TestExperts experts;

    @Autowired
    MutableClock clock;

    @Autowired
    TestOfficers officers;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    TestErasures erasures;

    @Autowired
    JdbcTemplate jdbc;

    record World(String commune, TestEnterprises.Created enterprise) {
    }

    World world() {
        String commune = experts.freshCommune();
        return new World(commune, enterprises.create("C", false, EnterpriseType.ENTERPRISE, commune));
    }

    long ask(World world) {
        return enterprises.as(world.enterprise().email(), () -> requests.create(new NewSupportRequest(ITEM,
                "Thiết lập hệ thống quản lý đổi mới sáng tạo", WorkMode.ON_SITE, Language.VI, null, null)));
    }

    long version(String email, long requestId) {
        return enterprises.as(email, () -> requests.detail(requestId).request().version());
    }

    void choose(World world, long requestId, long expertId) {
        enterprises.run(world.enterprise().email(), () -> requests.choose(requestId, expertId,
                version(world.enterprise().email(), requestId)));
    }

    long offerOf(TestExperts.Created expert, long requestId) {
        return enterprises.as(expert.email(), () -> inbox.offers().stream().filter(i -> i.request().id() == requestId)
                .findFirst().orElseThrow().offer().id());
    }

    List<String> keysOf(String email) {
        return enterprises.as(email, () -> notifications.mine().stream().map(NotificationItem::messageKey).toList());
    }

    @Test
    void proposals_are_ranked_and_explained_and_only_eligible_experts_appear() {
        World world = world();
        var strong = experts.verified(Spec.in(world.commune(), ITEM, 3, 10));
        var weak = experts.verified(Spec.in(world.commune(), ITEM, 1, 1));
        experts.unverified(Spec.in(world.commune(), ITEM, 3, 20));
        experts.verified(Spec.in(world.commune(), ITEM, 3, 20).pausedUntil(clock.instant()
                .atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(5)));
        experts.verified(Spec.in(world.commune(), ITEM, 3, 20).conflicts(codeOf(world)));
        long id = ask(world);

        List<Match> proposals = enterprises.as(world.enterprise().email(), () -> requests.candidates(id));

        assertThat(proposals).extracting(Match::expertId).containsExactly(strong.id(), weak.id());
        Match first = proposals.getFirst();
        assertThat(first.parts()).extracting(ScorePart::component).containsExactly(ScoreComponent.values());
        assertThat(first.parts().getFirst().args()).containsExactly("3", "10");
        assertThat(first.score()).isGreaterThan(proposals.get(1).score());
    }

    @Autowired
    vn.nscl.enterprise.EnterpriseService enterpriseService;

    String codeOf(World world) {
        return enterprises.as(world.enterprise().email(),
                () -> enterpriseService.mine().orElseThrow().enterpriseCode());
    }

    @Test
    void an_accepted_request_becomes_an_engagement_that_ends_with_a_report_confirmation_and_rating() {
        World world = world();
        var expert = experts.verified(Spec.in(world.commune(), ITEM, 3, 10));
        long id = ask(world);
        choose(world, id, expert.id());
        assertThat(keysOf(expert.email())).contains("notify.request.offered");

        enterprises.run(expert.email(), () -> inbox.accept(offerOf(expert, id)));
        assertThat(keysOf(world.enterprise().email())).contains("notify.request.accepted");
        enterprises.run(expert.email(), () -> {
            inbox.addVisit(id, clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate(), true,
                    "Khảo sát hiện trạng");
            inbox.uploadReport(id, "bao-cao.pdf", TestFiles.pdf("report"));
        });
        assertThatThrownBy(() -> enterprises.run(world.enterprise().email(),
                () -> requests.confirmCompletion(id, 6, "", version(world.enterprise().email(), id))))
                .isInstanceOf(UserFacingException.class);
        enterprises.run(world.enterprise().email(), () -> requests.confirmCompletion(id, 4, "Rất tận tình",
                version(world.enterprise().email(), id)));

        RequestDetail detail = enterprises.as(world.enterprise().email(), () -> requests.detail(id));
        assertThat(detail.request().status()).isEqualTo(RequestStatus.COMPLETED);
        assertThat(detail.request().rating()).isEqualTo(4);
        assertThat(detail.request().followupDue()).isNotNull();
        assertThatThrownBy(() -> enterprises.as(expert.email(), () -> assessments.history(world.enterprise().id())))
                .as("the enterprise's assessments close again when the work is done")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(detail.visits()).hasSize(1);
        assertThat(detail.timeline()).extracting(TimelineStep::kind).containsExactly("CREATED", "OFFERED",
                "ACCEPTED", "STARTED", "VISIT", "REPORTED", "COMPLETED");
        assertThat(enterprises.as(world.enterprise().email(), () -> requests.report(id)).content())
                .startsWith("%PDF".getBytes());

        long next = ask(world);
        Match again = enterprises.as(world.enterprise().email(), () -> requests.candidates(next)).getFirst();
        assertThat(again.parts().get(ScoreComponent.RATING.ordinal()).args()).as("the rating feeds later matching")
                .containsExactly("4.0", "1");
    }

    @Autowired
    vn.nscl.testsupport.TestAssessments testAssessments;

    @Test
    void the_effect_compares_the_last_assessment_before_the_work_with_the_first_one_after() {
        World world = world();
        var expert = experts.verified(Spec.in(world.commune(), ITEM, 3, 10));
        int year = clock.instant().atZone(java.time.ZoneOffset.UTC).getYear();
        testAssessments.quickCheck(world.enterprise(), 1, year, clock.instant().minus(Duration.ofDays(30)));
        long id = ask(world);
        choose(world, id, expert.id());
        enterprises.run(expert.email(), () -> {
            inbox.accept(offerOf(expert, id));
            inbox.uploadReport(id, "bao-cao.pdf", TestFiles.pdf("report"));
        });
        enterprises.run(world.enterprise().email(), () -> requests.confirmCompletion(id, 5, "",
                version(world.enterprise().email(), id)));
        Effect pending = enterprises.as(world.enterprise().email(), () -> requests.effect(id));
        assertThat(pending.before()).isNotNull();
        assertThat(pending.after()).as("no follow-up yet").isNull();

        clock.advance(Duration.ofHours(1));
        try {
            testAssessments.quickCheck(world.enterprise(), 3, year, clock.instant());
            Effect effect = enterprises.as(world.enterprise().email(), () -> requests.effect(id));
            assertThat(effect.after()).isGreaterThan(effect.before());
            assertThat(effect.change()).isEqualByComparingTo(effect.after().subtract(effect.before()));
            assertThatThrownBy(() -> enterprises.as(expert.email(), () -> requests.effect(id)))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            clock.advance(Duration.ofHours(-1));
        }
    }

    @Test
    void a_decline_offers_the_next_expert_at_once_and_tells_the_enterprise_and_officers() {
        World world = world();
        var first = experts.verified(Spec.in(world.commune(), ITEM, 3, 10));
        var second = experts.verified(Spec.in(world.commune(), ITEM, 2, 5));
        long id = ask(world);
        choose(world, id, first.id());

        assertThatThrownBy(() -> enterprises.run(first.email(), () -> inbox.decline(offerOf(first, id), " ")))
                .isInstanceOf(UserFacingException.class);
        enterprises.run(first.email(), () -> inbox.decline(offerOf(first, id), "Đang kín lịch"));

        assertThat(enterprises.as(second.email(), () -> inbox.offers())).anySatisfy(item -> {
            assertThat(item.request().id()).isEqualTo(id);
            assertThat(item.offer().chosenBy()).isEqualTo(ChosenBy.AUTOMATIC);
            assertThat(item.offer().explanationVi()).contains("Năng lực");
        });
        assertThat(keysOf(world.enterprise().email())).contains("notify.request.reoffered");
        assertThat(keysOf("officer@example.com")).contains("notify.request.reoffered-officer");
        assertThat(enterprises.as(world.enterprise().email(), () -> requests.candidates(id)))
                .as("who declined is never proposed again for this request").extracting(Match::expertId)
                .doesNotContain(first.id());

        enterprises.run(second.email(), () -> inbox.decline(offerOf(second, id), "Không phù hợp chuyên môn"));
        assertThat(enterprises.as(world.enterprise().email(), () -> requests.detail(id)).request().status())
                .isEqualTo(RequestStatus.NO_MATCH);
        assertThat(keysOf("officer@example.com")).contains("notify.request.no-match-officer");
    }

    @Test
    void an_offer_not_answered_in_three_working_days_expires_and_goes_to_the_next_expert() {
        World world = world();
        var slow = experts.verified(Spec.in(world.commune(), ITEM, 3, 10));
        var next = experts.verified(Spec.in(world.commune(), ITEM, 2, 5));
        long id = ask(world);
        choose(world, id, slow.id());
        var deadline = enterprises.as(slow.email(), () -> inbox.offers()).stream()
                .filter(i -> i.request().id() == id).findFirst().orElseThrow().offer().deadlineAt();
        assertThat(Duration.between(clock.instant(), deadline)).isBetween(Duration.ofDays(3), Duration.ofDays(5));

        clock.advance(Duration.ofDays(2));
        deadlines.expireOverdue();
        assertThat(enterprises.as(slow.email(), () -> inbox.offers())).extracting(i -> i.request().id()).contains(id);

        clock.advance(Duration.ofDays(4));
        try {
            assertThat(deadlines.expireOverdue()).isGreaterThanOrEqualTo(1);
            assertThat(enterprises.as(slow.email(), () -> inbox.offers())).extracting(i -> i.request().id())
                    .doesNotContain(id);
            assertThat(enterprises.as(next.email(), () -> inbox.offers())).extracting(i -> i.request().id())
                    .contains(id);
            assertThat(keysOf(slow.email())).contains("notify.request.expired");
        } finally {
            clock.advance(Duration.ofDays(-6));
        }
    }

    @Test
    void many_similar_requests_are_spread_over_equal_experts_instead_of_going_to_one() {
        World world = world();
        List<TestExperts.Created> pool = List.of(
                experts.verified(Spec.in(world.commune(), ITEM, 3, 10).capacity(10)),
                experts.verified(Spec.in(world.commune(), ITEM, 3, 10).capacity(10)),
                experts.verified(Spec.in(world.commune(), ITEM, 3, 10).capacity(10)));
        Map<Long, Integer> taken = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            long id = ask(world);
            Match top = enterprises.as(world.enterprise().email(), () -> requests.candidates(id)).getFirst();
            choose(world, id, top.expertId());
            taken.merge(top.expertId(), 1, Integer::sum);
        }
        assertThat(taken.keySet()).containsExactlyInAnyOrderElementsOf(pool.stream().map(TestExperts.Created::id)
                .toList());
        assertThat(taken.values()).allMatch(n -> n == 2);
    }

    @Test
    void an_expert_at_capacity_is_no_longer_proposed() {
        World world = world();
        var busy = experts.verified(Spec.in(world.commune(), ITEM, 3, 10).capacity(1));
        long first = ask(world);
        choose(world, first, busy.id());
        long second = ask(world);
        assertThat(enterprises.as(world.enterprise().email(), () -> requests.candidates(second))).isEmpty();
        assertThatThrownBy(() -> choose(world, second, busy.id())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("request.error.expert-unavailable");
    }

    @Test
    void an_erased_officers_steps_on_an_enterprises_request_were_in_their_export_and_take_the_pseudonym() throws Exception {
        World world = world();
        var expert = experts.verified(Spec.in(world.commune(), ITEM, 3, 10));
        long id = ask(world);
        enterprises.run(world.enterprise().email(), () -> requests.askOfficer(id,
                version(world.enterprise().email(), id)));
        TestOfficers.Officer officer = officers.named("Phan Văn Phân Công");
        long version = enterprises.as(officer.email(), () -> requests.detail(id).request().version());
        enterprises.run(officer.email(), () -> desk.assign(id, expert.id(), "Chuyên gia gần nhất", version));
        assertThat(jdbc.queryForList("select actor from request_event where request_id = ? and actor_account_id = ?",
                String.class, id, officer.accountId())).as("the step is the officer's, by account").isNotEmpty()
                .containsOnly("Phan Văn Phân Công");

        String export = new String(enterprises.as(officer.email(), () -> personalData.exportMine()),
                StandardCharsets.UTF_8);
        assertThat(JsonMapper.builder().build().readTree(export).get("expertRequests")
                .get("timelineSteps").toString()).containsIgnoringCase("\"request_id\":" + id);
        erasures.eraseOnRequest(officer.email(), officer.accountId());

        assertThat(jdbc.queryForList("select actor from request_event where request_id = ?", String.class, id))
                .doesNotContain("Phan Văn Phân Công").contains("erased-" + officer.accountId());
    }

    @Test
    void an_officer_can_assign_against_the_ranking_with_a_reason_that_is_audited() {
        World world = world();
        experts.verified(Spec.in(world.commune(), ITEM, 3, 10));
        var lower = experts.verified(Spec.in(world.commune(), ITEM, 1, 1));
        long id = ask(world);
        enterprises.run(world.enterprise().email(), () -> requests.askOfficer(id,
                version(world.enterprise().email(), id)));
        assertThat(keysOf("officer@example.com")).contains("notify.request.to-officer");
        long version = enterprises.as("officer@example.com", () -> requests.detail(id).request().version());

        assertThatThrownBy(() -> enterprises.run("officer@example.com", () -> desk.assign(id, lower.id(), "", version)))
                .isInstanceOf(UserFacingException.class);
        enterprises.run("officer@example.com", () -> desk.assign(id, lower.id(), "Chuyên gia nói tiếng địa phương",
                version));

        RequestDetail detail = enterprises.as("officer@example.com", () -> requests.detail(id));
        assertThat(detail.offers()).singleElement().satisfies(o -> {
            assertThat(o.expertId()).isEqualTo(lower.id());
            assertThat(o.chosenBy()).isEqualTo(ChosenBy.OFFICER);
            assertThat(o.rank()).isEqualTo(2);
            assertThat(o.overrideReason()).isEqualTo("Chuyên gia nói tiếng địa phương");
        });
        assertThat(enterprises.as("admin@example.com", () -> audit.search(new AuditQuery(null,
                MatchingAuditActions.REQUEST_ASSIGNED, null, null), PageRequest.of(0, 50)).getContent()))
                .anySatisfy(e -> assertThat(e.details()).contains("Chuyên gia nói tiếng địa phương"));
        assertThatThrownBy(() -> enterprises.run("officer@example.com", () -> desk.assign(id, lower.id(),
                "lần hai", version))).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.changed-meanwhile");
    }

    @Test
    void requests_and_offers_are_visible_only_to_those_they_concern() {
        World world = world();
        World other = world();
        var expert = experts.verified(Spec.in(world.commune(), ITEM, 3, 10));
        var stranger = experts.verified(Spec.in(other.commune(), ITEM, 3, 10));
        long id = ask(world);

        assertThatThrownBy(() -> enterprises.as(other.enterprise().email(), () -> requests.detail(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprises.as(other.enterprise().email(), () -> requests.candidates(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprises.run(other.enterprise().email(), () -> requests.choose(id, expert.id(), 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprises.as(expert.email(), () -> requests.detail(id)))
                .as("not offered yet").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprises.as(expert.email(), () -> assessments.history(world.enterprise().id())))
                .as("assessments stay closed until a request is offered").isInstanceOf(AccessDeniedException.class);

        choose(world, id, expert.id());
        long offer = offerOf(expert, id);
        assertThat(enterprises.as(expert.email(), () -> requests.detail(id)).request().id()).isEqualTo(id);
        assertThat(enterprises.as(expert.email(), () -> assessments.history(world.enterprise().id()))).isNotNull();
        assertThatThrownBy(() -> enterprises.run(stranger.email(), () -> inbox.accept(offer)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprises.as(stranger.email(), () -> requests.detail(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprises.as(stranger.email(), () -> assessments.history(world.enterprise().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprises.run(stranger.email(), () -> inbox.uploadReport(id, "x.pdf",
                TestFiles.pdf("x")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprises.as(stranger.email(), () -> requests.report(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(enterprises.as(world.enterprise().email(), () -> requests.detail(id)).timeline())
                .as("the enterprise does not see who did what by e-mail").allSatisfy(e -> assertThat(e.actor()).isEmpty());
    }

    @Test
    void an_expert_who_declined_no_longer_sees_the_request_or_the_enterprise_assessments() {
        World world = world();
        var first = experts.verified(Spec.in(world.commune(), ITEM, 3, 10));
        var second = experts.verified(Spec.in(world.commune(), ITEM, 2, 5));
        long id = ask(world);
        choose(world, id, first.id());
        enterprises.run(first.email(), () -> inbox.decline(offerOf(first, id), "Không đủ thời gian"));
        assertThatThrownBy(() -> enterprises.as(first.email(), () -> requests.detail(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprises.as(first.email(), () -> assessments.history(world.enterprise().id())))
                .isInstanceOf(AccessDeniedException.class);
        RequestDetail seen = enterprises.as(second.email(), () -> requests.detail(id));
        assertThat(seen.offers()).as("only their own offer").extracting(OfferView::expertId)
                .containsExactly(second.id());
    }

    @Test
    void an_expert_who_leaves_hands_open_offers_on_and_cannot_accept_while_paused() {
        World world = world();
        var leaving = experts.verified(Spec.in(world.commune(), ITEM, 3, 10));
        var next = experts.verified(Spec.in(world.commune(), ITEM, 2, 5));
        long id = ask(world);
        choose(world, id, leaving.id());
        long offer = offerOf(leaving, id);
        enterprises.run(leaving.email(), () -> expertProfiles.requestDeletion());
        assertThatThrownBy(() -> enterprises.run(leaving.email(), () -> inbox.accept(offer)))
                .isInstanceOf(UserFacingException.class);
        assertThat(enterprises.as(next.email(), () -> inbox.offers())).extracting(i -> i.request().id()).contains(id);

        var paused = experts.verified(Spec.in(world.commune(), ITEM, 3, 12));
        long other = ask(world);
        choose(world, other, paused.id());
        vn.nscl.expert.ExpertProfile p = enterprises.as(paused.email(), () -> expertProfiles.myProfile());
        enterprises.run(paused.email(), () -> expertProfiles.save(new vn.nscl.expert.ProfileEdit(p.phone(),
                p.organisation(), p.bio(), p.homeCommune(), p.wholeProvince(), p.serviceCommunes(), p.onSite(),
                p.remote(), p.capacity(), clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(3),
                p.languages(), p.conflictCodes(), p.competences(), p.sectors(), true, p.version())));
        assertThatThrownBy(() -> enterprises.run(paused.email(), () -> inbox.accept(offerOf(paused, other))))
                .hasMessageContaining("request.error.not-available");
    }

    @Autowired
    vn.nscl.expert.ExpertProfileService expertProfiles;

    @Test
    void two_requests_offered_at_once_to_an_expert_with_one_free_place_give_it_to_exactly_one() throws Exception {
        World world = world();
        var expert = experts.verified(Spec.in(world.commune(), ITEM, 3, 10).capacity(1));
        long a = ask(world);
        long b = ask(world);
        long va = version(world.enterprise().email(), a);
        long vb = version(world.enterprise().email(), b);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Boolean>> results = pool.invokeAll(List.of(
                    () -> chooseAt(world, a, va, expert.id(), start), () -> chooseAt(world, b, vb, expert.id(), start)));
            long succeeded = 0;
            for (var result : results) {
                succeeded += result.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(enterprises.as(expert.email(), () -> inbox.offers())).hasSize(1);
    }

    boolean chooseAt(World world, long requestId, long version, long expertId,
            java.util.concurrent.CyclicBarrier start) throws Exception {
        start.await();
        try {
            enterprises.run(world.enterprise().email(), () -> requests.choose(requestId, expertId, version));
            return true;
        } catch (UserFacingException | org.springframework.dao.DataAccessException refused) {
            return false;
        }
    }

    @Test
    void an_enterprise_can_cancel_before_acceptance_and_the_offered_expert_is_told() {
        World world = world();
        var expert = experts.verified(Spec.in(world.commune(), ITEM, 3, 10));
        long id = ask(world);
        choose(world, id, expert.id());
        enterprises.run(world.enterprise().email(), () -> requests.cancel(id, version(world.enterprise().email(), id)));
        assertThat(enterprises.as(expert.email(), () -> inbox.offers())).extracting(i -> i.request().id())
                .doesNotContain(id);
        assertThat(keysOf(expert.email())).contains("notify.request.withdrawn");
        assertThatThrownBy(() -> enterprises.run(world.enterprise().email(),
                () -> requests.cancel(id, version(world.enterprise().email(), id))))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void bad_request_input_is_refused_field_by_field_and_nothing_is_saved() {
        World world = world();
        int before = enterprises.as(world.enterprise().email(), () -> requests.mine().size());
        assertThatThrownBy(() -> enterprises.as(world.enterprise().email(), () -> requests.create(
                new NewSupportRequest("NOT_A_TOOL", "ngắn", null, Language.VI,
                        clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(1), null))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldProblems())
                        .extracting(UserFacingException.FieldProblem::field)
                        .containsExactlyInAnyOrder("item", "need", "mode", "from"));
        assertThat(enterprises.as(world.enterprise().email(), () -> requests.mine().size())).isEqualTo(before);
    }
}
