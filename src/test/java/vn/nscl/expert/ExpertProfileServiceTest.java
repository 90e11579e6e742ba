package vn.nscl.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.testsupport.MutableClock;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestExperts;
import vn.nscl.testsupport.TestExperts.Spec;
import vn.nscl.testsupport.TestFiles;

/** Expert profiles, certificates and their verification, personal data, and who may see what. */
@SpringBootTest
class ExpertProfileServiceTest {

    static final byte[] PDF = TestFiles.pdf("certificate");

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    ExpertReviewService reviews;

    @Autowired
    ExpertDirectory directory;

    @Autowired
    TestExperts experts;

    @Autowired
    TestEnterprises as;

    @Autowired
    MutableClock clock;

    LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    @Test
    void a_profile_is_matched_only_once_an_officer_verified_it() {
        String commune = experts.freshCommune();
        var expert = experts.unverified(Spec.in(commune, "ISO_50001", 2, 4));
        assertThat(as.as(expert.email(), () -> profiles.myProfile().status())).isEqualTo(ProfileStatus.PENDING);
        assertThat(as.as("officer@example.com", () -> directory.matchable("ISO_50001")))
                .extracting(ExpertCandidate::id).doesNotContain(expert.id());

        long version = as.as("officer@example.com", () -> reviews.profile(expert.id()).version());
        assertThatThrownBy(() -> as.run("officer@example.com", () -> reviews.reject(expert.id(), "  ", version)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("error.reason-required");
        as.run("officer@example.com", () -> reviews.verify(expert.id(), version));

        assertThat(as.as("officer@example.com", () -> directory.matchable("ISO_50001")))
                .extracting(ExpertCandidate::id).contains(expert.id());
        assertThatThrownBy(() -> as.run("officer@example.com", () -> reviews.verify(expert.id(), version)))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void the_officers_list_pages_through_every_expert_with_those_needing_attention_first() {
        var waiting = experts.unverified(Spec.in(experts.freshCommune(), "ISO_50001", 2, 4));
        experts.verified(Spec.in(experts.freshCommune(), "ISO_50001", 3, 9));

        List<ExpertListItem> listed = listed();

        assertThat(listed).extracting(ExpertListItem::id).doesNotHaveDuplicates().contains(waiting.id());
        assertThat((long) listed.size()).isEqualTo(as.as("officer@example.com", () -> reviews.count()));
        long needing = listed.stream().filter(ExpertListItem::needsAttention).count();
        assertThat(needing).isPositive()
                .isEqualTo(as.as("officer@example.com", () -> reviews.countNeedingAttention()));
        assertThat(listed.subList(0, (int) needing)).allMatch(ExpertListItem::needsAttention);
        assertThatThrownBy(() -> as.as("enterprise@example.com",
                () -> reviews.experts(org.springframework.data.domain.PageRequest.of(0, 10))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void officers_find_experts_by_name_or_organisation_typed_without_diacritics() {
        ExpertListItem someone = listed().stream().filter(e -> !e.fullName().equals(
                vn.nscl.shared.TextRules.withoutDiacritics(e.fullName()))).findFirst().orElseThrow();
        String typed = vn.nscl.shared.TextRules.withoutDiacritics(someone.fullName()).toUpperCase();

        List<ExpertListItem> found = as.as("officer@example.com",
                () -> reviews.experts(typed, org.springframework.data.domain.PageRequest.of(0, 50)));

        assertThat(found).extracting(ExpertListItem::id).contains(someone.id());
        assertThat(found).allMatch(e -> vn.nscl.shared.TextRules.containsIgnoringDiacritics(
                e.fullName() + " " + e.organisation(), typed));
        assertThat(as.as("officer@example.com", () -> reviews.count(typed))).isEqualTo(found.size());
        assertThat(as.as("officer@example.com", () -> reviews.count("không có ai tên này"))).isZero();
    }

    @Test
    void a_rejection_carries_its_reason_to_the_expert_who_can_fix_and_send_again() {
        var expert = experts.unverified(Spec.in(experts.freshCommune(), "5S", 1, 1));
        long version = as.as("officer@example.com", () -> reviews.profile(expert.id()).version());
        as.run("officer@example.com", () -> reviews.reject(expert.id(), "Thiếu chứng chỉ", version));
        ExpertProfile mine = as.as(expert.email(), () -> profiles.myProfile());
        assertThat(mine.status()).isEqualTo(ProfileStatus.REJECTED);
        assertThat(mine.reviewNote()).isEqualTo("Thiếu chứng chỉ");
        as.run(expert.email(), () -> profiles.submitForVerification());
        assertThat(as.as(expert.email(), () -> profiles.myProfile().status())).isEqualTo(ProfileStatus.PENDING);
    }

    @Test
    void changing_competences_sends_a_verified_profile_back_for_verification_but_a_pause_does_not() {
        var expert = experts.verified(Spec.in(experts.freshCommune(), "5S", 2, 3));
        ExpertProfile mine = as.as(expert.email(), () -> profiles.myProfile());
        ProfileStatus paused = as.as(expert.email(), () -> profiles.save(edit(mine, mine.competences(),
                today().plusDays(3))));
        assertThat(paused).isEqualTo(ProfileStatus.VERIFIED);
        ExpertProfile again = as.as(expert.email(), () -> profiles.myProfile());
        ProfileStatus changed = as.as(expert.email(), () -> profiles.save(edit(again,
                List.of(new Competence("5S", 3, 3)), null)));
        assertThat(changed).isEqualTo(ProfileStatus.PENDING);
    }

    @Test
    void bad_profile_input_is_refused_field_by_field_and_nothing_changes() {
        var expert = experts.verified(Spec.in(experts.freshCommune(), "5S", 2, 3));
        ExpertProfile mine = as.as(expert.email(), () -> profiles.myProfile());
        ProfileEdit bad = new ProfileEdit("12", "x".repeat(300), "", "99999", false, Set.of("00000"), false, false,
                0, null, Set.of(), Set.of("abc"), List.of(new Competence("NOPE", 1, 1)), Set.of("ZZ"), false,
                mine.version());
        assertThatThrownBy(() -> as.run(expert.email(), () -> profiles.save(bad)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field).contains("phone", "organisation", "homeCommune",
                                "serviceCommunes", "modes", "capacity", "languages", "conflictCodes", "competences",
                                "sectors"));
        assertThat(as.as(expert.email(), () -> profiles.myProfile())).isEqualTo(mine);
        assertThatThrownBy(() -> as.run(expert.email(), () -> profiles.save(edit(mine, List.of(new Competence("5S", 4,
                1)), null)))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> as.run(expert.email(), () -> profiles.save(new ProfileEdit(mine.phone(), "", "",
                mine.homeCommune(), false, Set.of(), true, false, 2, null, mine.languages(), Set.of(),
                mine.competences(), mine.sectors(), true, mine.version() - 1))))
                .hasMessageContaining("error.changed-meanwhile");
    }

    @Test
    void a_new_profile_cannot_be_saved_without_consent() {
        String email = experts.registered().email();
        ExpertProfile mine = as.as(email, () -> profiles.myProfile());
        ProfileEdit noConsent = new ProfileEdit(mine.phone(), "", "", "19363", false, Set.of(), true, true, 2, null,
                Set.of(Language.VI), Set.of(), List.of(new Competence("5S", 1, 1)), Set.of(), false, mine.version());
        assertThatThrownBy(() -> as.run(email, () -> profiles.save(noConsent)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field).containsExactly("consent"));
        assertThatThrownBy(() -> as.run(email, () -> profiles.submitForVerification()))
                .hasMessageContaining("expert.error.incomplete");
    }

    @Test
    void certificates_need_real_evidence_and_count_only_verified_and_unexpired() {
        var expert = experts.verified(Spec.in(experts.freshCommune(), "ISO_14001", 3, 8));
        assertThatThrownBy(() -> as.run(expert.email(), () -> profiles.addCertificate(CertificateKind.LEAD_AUDITOR,
                "ISO_14001", "LA-1", "IRCA", today().plusDays(30), "chung-chi.pdf", "MZ not a pdf".getBytes())))
                .hasMessageContaining("files.error.kind");
        assertThatThrownBy(() -> as.run(expert.email(), () -> profiles.addCertificate(CertificateKind.LEAD_AUDITOR,
                "ISO_14001", "LA-1", "IRCA", today().minusDays(1), "chung-chi.pdf", PDF)))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> as.run(expert.email(), () -> profiles.addCertificate(CertificateKind.LEAD_AUDITOR,
                null, "", "", null, "chung-chi.pdf", null))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.fieldProblems()).extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("item", "number", "issuer", "evidence"));
        long certificate = as.as(expert.email(), () -> profiles.addCertificate(CertificateKind.LEAD_AUDITOR,
                "ISO_14001", "LA-14001-9", "IRCA", today().plusDays(10), "../../chứng chỉ.pdf", PDF));

        assertThat(candidate(expert.id()).certifiedItems()).as("not verified yet").isEmpty();
        as.run("officer@example.com", () -> reviews.reviewCertificate(certificate, true, null));
        assertThat(candidate(expert.id()).certifiedItems()).containsExactly("ISO_14001");
        assertThat(pooled(expert.id()).certifiedItems()).as("the matching pool reads the same").containsExactly(
                "ISO_14001");
        assertThat(as.as(expert.email(), () -> profiles.evidence(certificate)).fileName()).isEqualTo("chứng chỉ.pdf");

        clock.advance(Duration.ofDays(11));
        try {
            assertThat(candidate(expert.id()).certifiedItems()).as("expired: no longer counts").isEmpty();
            assertThat(pooled(expert.id()).certifiedItems()).isEmpty();
            assertThat(listed()).filteredOn(i -> i.id() == expert.id())
                    .singleElement().satisfies(i -> {
                        assertThat(i.expiredCertificates()).isEqualTo(1);
                        assertThat(i.needsAttention()).isTrue();
                    });
            assertThat(as.as(expert.email(), () -> profiles.myProfile().certificates())).singleElement()
                    .satisfies(c -> assertThat(c.expired()).isTrue());
        } finally {
            clock.advance(Duration.ofDays(-11));
        }
    }

    ExpertCandidate pooled(long id) {
        return as.as("officer@example.com", () -> directory.matchable("ISO_14001")).stream()
                .filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    ExpertCandidate candidate(long id) {
        return as.as("officer@example.com", () -> directory.byIds(List.of(id)).get(id));
    }

    @Test
    void evidence_and_profiles_are_refused_to_other_experts_and_enterprises() {
        var owner = experts.verified(Spec.in(experts.freshCommune(), "5S", 2, 3));
        var other = experts.verified(Spec.in(experts.freshCommune(), "5S", 2, 3));
        long certificate = as.as(owner.email(), () -> profiles.addCertificate(CertificateKind.PRODUCTIVITY_EXPERT,
                null, "CGNS-1", "VNPI", null, "cg.pdf", PDF));
        assertThatThrownBy(() -> as.as(other.email(), () -> profiles.evidence(certificate)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as("enterprise@example.com", () -> profiles.evidence(certificate)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as(other.email(), () -> reviews.profile(owner.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run(other.email(), () -> profiles.removeCertificate(certificate)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as.as("officer@example.com", () -> profiles.evidence(certificate)).content()).isEqualTo(PDF);
    }

    @Test
    void an_expert_downloads_their_data_and_after_asking_for_deletion_is_no_longer_matched_then_erased() {
        var expert = experts.verified(Spec.in(experts.freshCommune(), "ISO_45001", 2, 3));
        String json = new String(as.as(expert.email(), () -> profiles.exportMyData()), StandardCharsets.UTF_8);
        assertThat(json).contains(expert.name(), expert.email(), "ISO_45001", "consentAt");

        as.run(expert.email(), () -> profiles.requestDeletion());
        assertThat(as.as("officer@example.com", () -> directory.matchable("ISO_45001")))
                .extracting(ExpertCandidate::id).doesNotContain(expert.id());
        as.run("officer@example.com", () -> reviews.erase(expert.id()));
        ExpertProfile erased = as.as("officer@example.com", () -> reviews.profile(expert.id()));
        assertThat(erased.fullName()).doesNotContain("Chuyên gia");
        assertThat(erased.email()).doesNotContain(expert.email());
        assertThat(erased.competences()).isEmpty();
        assertThat(erased.consentAt()).isNull();
        assertThat(listed()).filteredOn(i -> i.id() == expert.id())
                .singleElement().satisfies(i -> assertThat(i.needsAttention()).as("nothing left to do").isFalse());
        assertThatThrownBy(() -> as.run("officer@example.com", () -> reviews.erase(expert.id())))
                .isInstanceOf(UserFacingException.class);
    }

    static ProfileEdit edit(ExpertProfile p, List<Competence> competences, LocalDate pausedUntil) {
        return new ProfileEdit(p.phone(), p.organisation(), p.bio(), p.homeCommune(), p.wholeProvince(),
                p.serviceCommunes(), p.onSite(), p.remote(), p.capacity(), pausedUntil, p.languages(),
                p.conflictCodes(), competences, p.sectors(), true, p.version());
    }

    /** Every expert on the officers' list, page after page, in its order. */
    private List<ExpertListItem> listed() {
        List<ExpertListItem> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            int number = page;
            List<ExpertListItem> next = as.as("officer@example.com",
                    () -> reviews.experts(org.springframework.data.domain.PageRequest.of(number, 100)));
            all.addAll(next);
            if (next.size() < 100) {
                return all;
            }
        }
    }
}
