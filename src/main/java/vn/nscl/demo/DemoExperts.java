package vn.nscl.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import vn.nscl.expert.CertificateKind;
import vn.nscl.expert.CertificateView;
import vn.nscl.expert.Competence;
import vn.nscl.expert.ExpertProfile;
import vn.nscl.expert.ExpertProfileService;
import vn.nscl.expert.ExpertReviewService;
import vn.nscl.expert.Language;
import vn.nscl.expert.ProfileEdit;

/**
 * Fills the demo experts' profiles as they would: each expert saves a profile and certificates and sends it for
 * verification; an officer verifies most of them. One stays waiting, one never filled in, one is paused.
 */
@Component
class DemoExperts {

    private final ActingAs acting;
    private final ExpertProfileService profiles;
    private final ExpertReviewService reviews;
    private final Clock clock;

    DemoExperts(ActingAs acting, ExpertProfileService profiles, ExpertReviewService reviews, Clock clock) {
        this.acting = acting;
        this.profiles = profiles;
        this.reviews = reviews;
        this.clock = clock;
    }

    void load() {
        for (CSVRecord row : DemoCsv.read("expert-profiles.csv")) {
            if ("DRAFT".equals(row.get("status"))) {
                continue;
            }
            String email = row.get("email");
            ExpertProfile saved = acting.account(email, () -> {
                ExpertProfile mine = profiles.myProfile();
                profiles.save(edit(row, mine));
                addCertificates(row.get("certificates"));
                profiles.submitForVerification();
                return profiles.myProfile();
            });
            if ("VERIFIED".equals(row.get("status"))) {
                acting.platform(() -> {
                    reviews.verify(saved.id(), saved.version());
                    saved.certificates().stream().map(CertificateView::id)
                            .forEach(id -> reviews.reviewCertificate(id, true, null));
                    return null;
                });
            }
        }
    }

    private ProfileEdit edit(CSVRecord row, ExpertProfile mine) {
        int pausedDays = Integer.parseInt(row.get("paused_days"));
        List<Competence> competences = split(row.get("competences")).stream().map(c -> c.split(":"))
                .map(p -> new Competence(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]))).toList();
        return new ProfileEdit(mine.phone(), mine.organisation(), "", row.get("home_commune"),
                Boolean.parseBoolean(row.get("whole_province")),
                split(row.get("service_communes")), Boolean.parseBoolean(row.get("on_site")),
                Boolean.parseBoolean(row.get("remote")), Integer.parseInt(row.get("capacity")),
                pausedDays > 0 ? LocalDate.now(clock).plusDays(pausedDays) : null,
                split(row.get("languages")).stream().map(l -> Language.of(l).orElseThrow())
                        .collect(Collectors.toSet()),
                Set.of(), competences, split(row.get("sectors")), true, mine.version());
    }

    private void addCertificates(String list) {
        for (String certificate : split(list)) {
            String[] p = certificate.split(":");
            profiles.addCertificate(CertificateKind.valueOf(p[0]), p[1].isEmpty() ? null : p[1], p[2], p[3],
                    LocalDate.now(clock).plusDays(Integer.parseInt(p[4])), p[2] + ".pdf", DemoPdf.of(p[2]));
        }
    }

    private static Set<String> split(String list) {
        return list == null || list.isBlank() ? Set.of()
                : Arrays.stream(list.split("\\|")).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
