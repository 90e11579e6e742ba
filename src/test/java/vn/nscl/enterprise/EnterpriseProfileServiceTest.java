package vn.nscl.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.nscl.reference.Activity;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.shared.UserFacingException;
import vn.nscl.testsupport.TestEnterprises.Created;
import vn.nscl.testsupport.TestEnterprises;

@SpringBootTest
class EnterpriseProfileServiceTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    EnterpriseProfileService profiles;

    @Autowired
    TestEnterprises testEnterprises;

    private static YearFigures year(int year, Integer employees, String revenue, String boughtIn, Long version) {
        return new YearFigures(year, employees, revenue == null ? null : new BigDecimal(revenue), null,
                boughtIn == null ? null : new BigDecimal(boughtIn), null, null, null, null, null, null, null, version);
    }

    @Test
    void the_profile_is_kept_and_the_size_is_computed_not_typed() {
        Created me = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        testEnterprises.run(me.email(), () -> {
            assertThat(profiles.profile(me.id()).sizeClass()).isEqualTo(SizeClass.UNKNOWN);
            profiles.saveFigures(me.id(), year(2025, 45, "30000", "20000", null));
            EnterpriseProfile profile = profiles.profile(me.id());
            assertThat(profile.sizeClass()).isEqualTo(SizeClass.SMALL);
            assertThat(profile.details().sectorCode()).isEqualTo("C");
        });
    }

    @Test
    void past_years_are_kept_each_with_its_own_version_and_a_stale_edit_is_refused() {
        Created me = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        testEnterprises.run(me.email(), () -> {
            YearFigures y2024 = profiles.saveFigures(me.id(), year(2024, 10, "1000", "600", null)).figures();
            profiles.saveFigures(me.id(), year(2025, 12, "1200", "700", null));
            assertThat(profiles.profile(me.id()).figures()).extracting(YearFigures::year).containsExactly(2025, 2024);

            profiles.saveFigures(me.id(), year(2024, 11, "1000", "600", y2024.version()));
            assertThatThrownBy(() -> profiles.saveFigures(me.id(), year(2024, 99, "1", "1", y2024.version())))
                    .hasMessage("figures.error.changed-meanwhile");
            assertThat(profiles.profile(me.id()).figuresOf(2024).orElseThrow().employees()).isEqualTo(11);
            assertThatThrownBy(() -> profiles.saveFigures(me.id(), year(2025, 1, "1", "1", null)))
                    .as("a second window creating the same year").hasMessage("figures.error.changed-meanwhile");
        });
    }

    @Test
    void impossible_figures_are_refused_and_nothing_is_stored_implausible_ones_are_stored_with_a_warning() {
        Created me = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        testEnterprises.run(me.email(), () -> {
            assertThatThrownBy(() -> profiles.saveFigures(me.id(), year(2025, -3, "-10", null, null)))
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).fieldProblems()).extracting(FieldProblem::field)
                            .contains("employees", "revenue"));
            assertThat(profiles.profile(me.id()).figures()).isEmpty();

            var saved = profiles.saveFigures(me.id(), year(2025, 2, "200000", "1000", null));
            assertThat(saved.warnings()).extracting(FieldProblem::messageKey)
                    .contains("figures.warning.revenue-per-employee");
            assertThat(profiles.profile(me.id()).figuresOf(2025)).isPresent();
        });
    }

    @Test
    void ocop_stars_certificates_and_their_expiry() {
        Created me = testEnterprises.create("A", true, EnterpriseType.COOPERATIVE);
        testEnterprises.run(me.email(), () -> {
            assertThatThrownBy(() -> profiles.addOcopProduct(me.id(), "Tiêu đen", 6, 2024))
                    .satisfies(e -> assertThat(((UserFacingException) e).fieldProblems())
                            .contains(new FieldProblem("ocopStars", "profile.error.ocop-stars")));
            profiles.addOcopProduct(me.id(), "Tiêu đen Vĩnh Linh", 4, 2024);
            profiles.addCertification(me.id(), "VIETGAP", "VG-1", "Trung tâm TĐC", LocalDate.of(2020, 1, 1));
            profiles.addCertification(me.id(), "ISO_9001", "QMS-9", null, null);
            assertThatThrownBy(() -> profiles.addCertification(me.id(), "5S", "X", null, null))
                    .as("5S is a tool, not something one holds a certificate for").isInstanceOf(UserFacingException.class);

            ProfileDetails details = profiles.profile(me.id()).details();
            assertThat(details.ocopProducts()).extracting(ProfileDetails.Ocop::stars).containsExactly(4);
            assertThat(details.validCertificationCodes()).containsExactly("ISO_9001");
            profiles.removeOcopProduct(me.id(), details.ocopProducts().getFirst().id());
            assertThat(profiles.profile(me.id()).details().ocopProducts()).isEmpty();
        });
    }

    @Test
    void only_the_enterprise_changes_its_profile_and_officers_read_it() {
        Created owner = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        Created other = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        testEnterprises.run(other.email(), () -> {
            assertThatThrownBy(() -> profiles.profile(owner.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> profiles.saveFigures(owner.id(), year(2025, 1, "1", "1", null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> profiles.addOcopProduct(owner.id(), "X", 3, null))
                    .isInstanceOf(AccessDeniedException.class);
        });
        testEnterprises.run("officer@example.com", () -> {
            assertThat(profiles.profile(owner.id()).enterprise().id()).isEqualTo(owner.id());
            assertThatThrownBy(() -> profiles.saveFigures(owner.id(), year(2025, 1, "1", "1", null)))
                    .isInstanceOf(AccessDeniedException.class);
        });
        testEnterprises.run("expert@example.com",
                () -> assertThatThrownBy(() -> profiles.profile(owner.id())).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void a_profile_edit_from_a_stale_page_is_refused() {
        Created me = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        testEnterprises.run(me.email(), () -> {
            EnterpriseProfile seen = profiles.profile(me.id());
            ProfileUpdate first = new ProfileUpdate("19363", "C", "Gỗ", false,
                    java.util.Set.of(Activity.MANUFACTURING), 2, "", seen.details().version());
            profiles.updateProfile(me.id(), first);
            assertThat(jdbc.queryForObject("select details from audit_event where action = 'PROFILE_UPDATED' and "
                    + "target_id = ? order by id desc limit 1", String.class, String.valueOf(me.id())))
                    .as("before and after, only what changed").contains("Sản phẩm chính: Sản phẩm thử → Gỗ")
                    .doesNotContain("Ngành:");
            assertThatThrownBy(() -> profiles.updateProfile(me.id(), first)).hasMessage("error.changed-meanwhile");
            assertThatThrownBy(() -> profiles.updateProfile(me.id(), new ProfileUpdate("00004", null, "x".repeat(600),
                    false, java.util.Set.of(), -1, "", profiles.profile(me.id()).details().version())))
                    .satisfies(e -> assertThat(((UserFacingException) e).fieldProblems()).extracting(FieldProblem::field)
                            .contains("commune", "sector", "mainProducts", "staffTrained", "activities"));
        });
    }
}
