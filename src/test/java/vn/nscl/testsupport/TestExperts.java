package vn.nscl.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.nscl.expert.Competence;
import vn.nscl.expert.ExpertProfile;
import vn.nscl.expert.ExpertProfileService;
import vn.nscl.expert.ExpertRegistration;
import vn.nscl.expert.ExpertReviewService;
import vn.nscl.expert.ExpertService;
import vn.nscl.expert.Language;
import vn.nscl.expert.ProfileEdit;
import vn.nscl.reference.CommuneRef;
import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.SystemTask;

/**
 * Creates experts for tests, registered, with a profile and (unless asked otherwise) verified by an officer. Each
 * test can take a commune of its own ({@link #freshCommune}), so experts of other tests never compete with its own.
 */
@Component
@Profile("test")
public class TestExperts {

    private static final AtomicInteger NEXT_COMMUNE = new AtomicInteger(10);

    private final ExpertService experts;
    private final ExpertProfileService profiles;
    private final ExpertReviewService reviews;
    private final ReferenceData reference;
    private final TestEnterprises as;

    TestExperts(ExpertService experts, ExpertProfileService profiles, ExpertReviewService reviews,
            ReferenceData reference, TestEnterprises as) {
        this.experts = experts;
        this.profiles = profiles;
        this.reviews = reviews;
        this.reference = reference;
        this.as = as;
    }

    /** What a test expert offers; {@link #in} gives an on-site-only expert in one commune. */
    public record Spec(String homeCommune, boolean wholeProvince, Set<String> serviceCommunes, boolean onSite,
            boolean remote, int capacity, LocalDate pausedUntil, Set<Language> languages, List<Competence> competences,
            Set<String> sectors, Set<String> conflicts) {

        public static Spec in(String commune, String item, int level, int years) {
            return new Spec(commune, false, Set.of(), true, false, 3, null, Set.of(Language.VI),
                    List.of(new Competence(item, level, years)), Set.of("C"), Set.of());
        }

        public Spec capacity(int value) {
            return new Spec(homeCommune, wholeProvince, serviceCommunes, onSite, remote, value, pausedUntil, languages,
                    competences, sectors, conflicts);
        }

        public Spec pausedUntil(LocalDate value) {
            return new Spec(homeCommune, wholeProvince, serviceCommunes, onSite, remote, capacity, value, languages,
                    competences, sectors, conflicts);
        }

        public Spec languages(Language... value) {
            return new Spec(homeCommune, wholeProvince, serviceCommunes, onSite, remote, capacity, pausedUntil,
                    Set.of(value), competences, sectors, conflicts);
        }

        public Spec sectors(String... value) {
            return new Spec(homeCommune, wholeProvince, serviceCommunes, onSite, remote, capacity, pausedUntil,
                    languages, competences, Set.of(value), conflicts);
        }

        public Spec conflicts(String... value) {
            return new Spec(homeCommune, wholeProvince, serviceCommunes, onSite, remote, capacity, pausedUntil,
                    languages, competences, sectors, Set.of(value));
        }

        public Spec remoteOnly() {
            return new Spec(homeCommune, false, Set.of(), false, true, capacity, pausedUntil, languages, competences,
                    sectors, conflicts);
        }

        public Spec serving(String... communes) {
            return new Spec(homeCommune, wholeProvince, Set.of(communes), onSite, remote, capacity, pausedUntil,
                    languages, competences, sectors, conflicts);
        }
    }

    public record Created(String email, long id, long accountId, String name) {
    }

    /** A commune of the served province no other test has taken. */
    public String freshCommune() {
        List<CommuneRef> communes = reference.servedCommunes();
        return communes.get(NEXT_COMMUNE.getAndIncrement() % communes.size()).code();
    }

    public Created verified(Spec spec) {
        Created created = unverified(spec);
        as.run("officer@example.com", () -> {
            ExpertProfile profile = reviews.profile(created.id());
            reviews.verify(created.id(), profile.version());
        });
        return created;
    }

    /** Only registered: no profile yet. */
    public Created registered() {
        String email = "x-" + UUID.randomUUID() + "@example.vn";
        String name = "Chuyên gia thử " + email.substring(2, 8);
        // Registered as DOST would: the address counts as confirmed.
        long id = SystemTask.run(() -> experts.register(new ExpertRegistration(name, email, "0905333444",
                "Viện thử nghiệm", "bau-troi-xanh-ngat-2026", Locale.forLanguageTag("vi")))).orElseThrow();
        return new Created(email, id, as.as(email, () -> profiles.myProfile().accountId()), name);
    }

    /** Registered, profile saved and sent for verification, not yet verified. */
    public Created unverified(Spec spec) {
        Created registered = registered();
        String email = registered.email();
        long id = registered.id();
        String name = registered.name();
        long accountId = as.as(email, () -> {
            ExpertProfile mine = profiles.myProfile();
            profiles.save(new ProfileEdit(mine.phone(), mine.organisation(), "", spec.homeCommune(),
                    spec.wholeProvince(), spec.serviceCommunes(), spec.onSite(), spec.remote(), spec.capacity(),
                    spec.pausedUntil(), spec.languages(), spec.conflicts(), spec.competences(), spec.sectors(), true,
                    mine.version()));
            profiles.submitForVerification();
            return mine.accountId();
        });
        return new Created(email, id, accountId, name);
    }
}
