package vn.nscl.expert;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verified experts other modules match and name. It hands out professional details only (name, organisation,
 * competences, where they work), never contact data.
 */
@Service
public class ExpertDirectory {

    private final ExpertRepository experts;
    private final ExpertCertificateRepository certificates;
    private final Clock clock;

    ExpertDirectory(ExpertRepository experts, ExpertCertificateRepository certificates, Clock clock) {
        this.experts = experts;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** Verified experts holding the competence who have not asked to leave (the matching pool for a request). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ExpertCandidate> matchable(String itemCode) {
        return candidates(experts.findMatchable(itemCode));
    }

    /** Experts by id, as candidates (whatever their status: the caller checks the status it needs). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, ExpertCandidate> byIds(Collection<Long> expertIds) {
        return candidates(experts.findByIdIn(Set.copyOf(expertIds))).stream()
                .collect(Collectors.toMap(ExpertCandidate::id, Function.identity()));
    }

    /** Whether the expert is verified and not leaving: only such experts may receive requests. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isVerified(long expertId) {
        return experts.findById(expertId).filter(e -> e.getProfileStatus() == ProfileStatus.VERIFIED
                && e.getDeletionRequestedAt() == null).isPresent();
    }

    /** The expert record of an account, if it is an expert's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Long> expertIdOf(long accountId) {
        return experts.findByAccountId(accountId).map(Expert::getId);
    }

    /** How many experts hold a verified, unexpired national/APO productivity expert certificate. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long certifiedProductivityExperts() {
        LocalDate today = LocalDate.now(clock);
        Set<Long> verifiedExperts = experts.findByProfileStatusOrderBySubmittedAt(ProfileStatus.VERIFIED).stream()
                .map(Expert::getId).collect(Collectors.toSet());
        return certificates.findByStatusOrderById(ReviewStatus.VERIFIED).stream()
                .filter(c -> c.getKind() == CertificateKind.PRODUCTIVITY_EXPERT && !c.expiredOn(today))
                .map(ExpertCertificate::getExpertId).filter(verifiedExperts::contains).distinct().count();
    }

    private List<ExpertCandidate> candidates(List<Expert> pool) {
        if (pool.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, Set<String>> certified = new HashMap<>();
        Set<Long> productivity = new HashSet<>();
        List<Long> ids = pool.stream().map(Expert::getId).toList();
        for (int start = 0; start < ids.size(); start += 1000) {
            for (ExpertCertificate c : certificates.findByExpertIdIn(ids.subList(start, Math.min(ids.size(), start + 1000)))) {
                if (c.getStatus() != ReviewStatus.VERIFIED || c.expiredOn(today)) {
                    continue;
                }
                if (c.getKind() == CertificateKind.PRODUCTIVITY_EXPERT) {
                    productivity.add(c.getExpertId());
                } else if (c.getItemCode() != null) {
                    certified.computeIfAbsent(c.getExpertId(), id -> new HashSet<>()).add(c.getItemCode());
                }
            }
        }
        return pool.stream().map(e -> new ExpertCandidate(e.getId(), e.getAccountId(), e.getFullName(),
                e.getOrganisation() == null ? "" : e.getOrganisation(), e.getHomeCommune(), e.isWholeProvince(),
                Set.copyOf(e.getServiceCommunes()), e.isOnSite(), e.isRemote(), e.languageSet(),
                e.competenceEntries().stream().map(CompetenceEntry::toRecord)
                        .collect(Collectors.toMap(Competence::itemCode, Function.identity())),
                Set.copyOf(e.getSectors()), certified.getOrDefault(e.getId(), Set.of()), productivity.contains(e.getId()),
                e.conflictSet(), e.getCapacity(), e.getPausedUntil())).toList();
    }
}
