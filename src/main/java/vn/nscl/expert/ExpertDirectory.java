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
    private final PoolCache pools;
    private final Clock clock;

    ExpertDirectory(ExpertRepository experts, ExpertCertificateRepository certificates, PoolCache pools,
            Clock clock) {
        this.experts = experts;
        this.certificates = certificates;
        this.pools = pools;
        this.clock = clock;
    }

    /**
     * Verified experts holding the competence who have not asked to leave (the matching pool for a request). Read as
     * plain rows in four queries whatever the pool's size, and kept in memory ({@link PoolCache}); each candidate's
     * competences hold the requested item.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ExpertCandidate> matchable(String itemCode) {
        return pools.get(itemCode, LocalDate.now(clock), () -> load(itemCode));
    }

    private List<ExpertCandidate> load(String itemCode) {
        List<ExpertRepository.PoolRow> rows = experts.pool(itemCode);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> sectors = grouped(experts.poolSectors(itemCode));
        Map<Long, Set<String>> communes = grouped(experts.poolServiceCommunes(itemCode));
        LocalDate today = LocalDate.now(clock);
        Map<Long, Set<String>> certified = new HashMap<>();
        Set<Long> productivity = new HashSet<>();
        for (Object[] c : experts.poolCertificates(itemCode)) {
            LocalDate expires = (LocalDate) c[3];
            if (expires != null && expires.isBefore(today)) {
                continue;
            }
            if (c[1] == CertificateKind.PRODUCTIVITY_EXPERT) {
                productivity.add((Long) c[0]);
            } else if (c[2] != null) {
                certified.computeIfAbsent((Long) c[0], id -> new HashSet<>()).add((String) c[2]);
            }
        }
        return rows.stream().map(r -> new ExpertCandidate(r.id(), r.accountId(), r.fullName(),
                r.organisation() == null ? "" : r.organisation(), r.homeCommune(), r.wholeProvince(),
                communes.getOrDefault(r.id(), Set.of()), r.onSite(), r.remote(), Expert.languagesOf(r.languages()),
                Map.of(r.itemCode(), new Competence(r.itemCode(), r.level(), r.years())),
                sectors.getOrDefault(r.id(), Set.of()), certified.getOrDefault(r.id(), Set.of()),
                productivity.contains(r.id()), Expert.conflictsOf(r.conflictCodes()), r.capacity(), r.pausedUntil()))
                .toList();
    }

    private static Map<Long, Set<String>> grouped(List<Object[]> rows) {
        Map<Long, Set<String>> byExpert = new HashMap<>();
        rows.forEach(row -> byExpert.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((String) row[1]));
        return byExpert;
    }

    /**
     * Experts by id, as candidates (whatever their status: the caller checks the status it needs). Staff only; the
     * matching module asks inside {@code SystemTask.run} once it has checked the caller's access to the request.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, ExpertCandidate> byIds(Collection<Long> expertIds) {
        return candidates(experts.findByIdIn(Set.copyOf(expertIds))).stream()
                .collect(Collectors.toMap(ExpertCandidate::id, Function.identity()));
    }

    /** Whether the expert may take work now: verified, not leaving, not paused today. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayTakeWork(long expertId) {
        LocalDate today = LocalDate.now(clock);
        return experts.findById(expertId).filter(e -> e.getProfileStatus() == ProfileStatus.VERIFIED
                && e.getDeletionRequestedAt() == null
                && (e.getPausedUntil() == null || e.getPausedUntil().isBefore(today))).isPresent();
    }

    /**
     * Locks the expert's record until the caller's transaction ends and returns their capacity, so two requests
     * offered to the same expert at the same moment are counted one after the other. Staff only, like {@link #byIds}.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public int lockCapacity(long expertId) {
        return experts.lockById(expertId).map(Expert::getCapacity)
                .orElseThrow(() -> new vn.nscl.shared.UserFacingException("error.not-found"));
    }

    /**
     * How to reach an expert, for the one case where contact data leaves this module: the enterprise of a request the
     * expert accepted. Staff only: the matching module checks that the caller may read the request, then asks
     * inside {@code SystemTask.run}.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<ExpertContact> contactForEngagement(long expertId) {
        return experts.findById(expertId).filter(e -> e.getErasedAt() == null).map(e -> {
            ExpertSummary summary = e.toSummary();
            return new ExpertContact(summary.fullName(), summary.organisation() == null ? "" : summary.organisation(),
                    summary.phone(), summary.email());
        });
    }

    /** The expert record of an account, if it is an expert's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Long> expertIdOf(long accountId) {
        return experts.findByAccountId(accountId).map(Expert::getId);
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
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + 1000));
            for (ExpertCertificate c : certificates.findByExpertIdIn(chunk)) {
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
                Set.copyOf(e.getSectors()), certified.getOrDefault(e.getId(), Set.of()),
                productivity.contains(e.getId()),
                e.conflictSet(), e.getCapacity(), e.getPausedUntil())).toList();
    }
}
