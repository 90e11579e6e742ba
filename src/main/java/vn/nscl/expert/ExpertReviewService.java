package vn.nscl.expert;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.files.FileStore;
import vn.nscl.notification.NotificationService;
import vn.nscl.security.PersonalDataService;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException;

/**
 * Xác minh chuyên gia: officers verify or reject new and changed profiles and each certificate (a rejection needs a
 * reason, which the expert is told), see expired certificates, and erase the data of experts who asked for it.
 */
@Service
public class ExpertReviewService {

    public static final int REASON_MAX_LENGTH = Expert.NOTE_MAX_LENGTH;

    private final ExpertRepository experts;
    private final ExpertCertificateRepository certificates;
    private final CertificateViews views;
    private final FileStore files;
    private final NotificationService notifications;
    private final PoolCache pools;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final AuditLog audit;
    private final PersonalDataService personalData;
    private final Clock clock;

    ExpertReviewService(ExpertRepository experts, ExpertCertificateRepository certificates, CertificateViews views,
            FileStore files, NotificationService notifications, PoolCache pools,
            org.springframework.context.ApplicationEventPublisher events, AuditLog audit,
            PersonalDataService personalData, Clock clock) {
        this.personalData = personalData;
        this.pools = pools;
        this.events = events;
        this.experts = experts;
        this.certificates = certificates;
        this.views = views;
        this.files = files;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the experts, those needing attention first (then by name). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ExpertListItem> experts(Pageable pageable) {
        return experts(null, pageable);
    }

    /**
     * A page of the experts whose name or organisation contains what was typed, without case or diacritics ("tran
     * thi" finds Trần Thị …); blank means all.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ExpertListItem> experts(String typed, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        List<Expert> page = experts.forOfficers(today, TextRules.foldedSearchPattern(typed),
                PageRequest.of(pageable.getPageNumber(), Math.max(1, Math.min(pageable.getPageSize(), 200))));
        Map<Long, List<ExpertCertificate>> byExpert = page.isEmpty() ? Map.of()
                : certificates.findByExpertIdIn(page.stream().map(Expert::getId).toList()).stream()
                        .collect(Collectors.groupingBy(ExpertCertificate::getExpertId));
        return page.stream().map(e -> {
            List<ExpertCertificate> held = byExpert.getOrDefault(e.getId(), List.of());
            return new ExpertListItem(e.getId(), e.getFullName(),
                    e.getOrganisation() == null ? "" : e.getOrganisation(), e.getHomeCommune(), e.getProfileStatus(),
                    e.toSummary().registeredAt(), e.competenceEntries().size(),
                    (int) held.stream().filter(c -> c.getStatus() == ReviewStatus.PENDING).count(),
                    (int) held.stream().filter(c -> c.getStatus() == ReviewStatus.VERIFIED && c.expiredOn(today))
                            .count(),
                    held.stream().anyMatch(c -> c.getKind() == CertificateKind.PRODUCTIVITY_EXPERT
                            && c.getStatus() == ReviewStatus.VERIFIED && !c.expiredOn(today)),
                    e.getDeletionRequestedAt() != null && e.getErasedAt() == null);
        }).toList();
    }

    /** How many experts there are. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return experts.count();
    }

    /** How many experts a search finds (see {@link #experts(String, Pageable)}). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long count(String typed) {
        return experts.countMatching(TextRules.foldedSearchPattern(typed));
    }

    /** How many experts need an officer's look (listed first). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countNeedingAttention() {
        return experts.countNeedingAttention(LocalDate.now(clock));
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ExpertProfile profile(long expertId) {
        Expert expert = find(expertId);
        return expert.toProfile(views.of(expertId));
    }

    /** Verifies a profile waiting for it; refused if it changed since the officer opened it. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void verify(long expertId, long expectedVersion) {
        Expert expert = waiting(expertId, expectedVersion);
        pools.expertChanged();
        expert.review(true, null, SignedIn.actor(), clock.instant());
        audit.record(ExpertAuditActions.EXPERT_VERIFIED, "expert", expertId, expert.getFullName());
        notifications.tell(expert.getAccountId(), "notify.expert.verified", "expert/profile");
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void reject(long expertId, String rawReason, long expectedVersion) {
        String reason = reason(rawReason);
        Expert expert = waiting(expertId, expectedVersion);
        pools.expertChanged();
        expert.review(false, reason, SignedIn.actor(), clock.instant());
        audit.record(ExpertAuditActions.EXPERT_REJECTED, "expert", expertId, reason);
        notifications.tell(expert.getAccountId(), "notify.expert.rejected", "expert/profile", reason);
    }

    /** Verifies or rejects (with a reason) one certificate. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void reviewCertificate(long certificateId, boolean verified, String rawReason) {
        String reason = verified ? note(rawReason) : reason(rawReason);
        ExpertCertificate certificate = certificates.findById(certificateId)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        if (certificate.getStatus() != ReviewStatus.PENDING) {
            throw new UserFacingException("expert.error.already-reviewed");
        }
        pools.expertChanged();
        certificate.review(verified, reason, SignedIn.actor(), clock.instant());
        Expert expert = find(certificate.getExpertId());
        audit.record(verified ? ExpertAuditActions.EXPERT_CERTIFICATE_VERIFIED
                : ExpertAuditActions.EXPERT_CERTIFICATE_REJECTED, "expert", expert.getId(),
                certificate.getNumber() + (reason.isEmpty() ? "" : ": " + reason));
        notifications.tell(expert.getAccountId(), verified ? "notify.certificate.verified"
                : "notify.certificate.rejected", "expert/profile", certificate.getNumber(), reason);
    }

    /**
     * Erases the personal data of an expert who asked for it, in every module (see PersonalDataService);
     * engagements keep an anonymous reference.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void erase(long expertId) {
        Expert expert = find(expertId);
        if (expert.getDeletionRequestedAt() == null || expert.getErasedAt() != null) {
            throw new UserFacingException("expert.error.no-deletion-request");
        }
        personalData.erase(expert.getAccountId());
    }

    private Expert waiting(long expertId, long expectedVersion) {
        Expert expert = find(expertId);
        if (expert.getVersion() != expectedVersion) {
            throw new UserFacingException("error.changed-meanwhile");
        }
        if (expert.getProfileStatus() != ProfileStatus.PENDING) {
            throw new UserFacingException("expert.error.not-pending");
        }
        return expert;
    }

    private static String reason(String raw) {
        String reason = TextRules.singleLine(raw);
        if (reason.isEmpty() || reason.length() > REASON_MAX_LENGTH) {
            throw new UserFacingException("error.reason-required", REASON_MAX_LENGTH);
        }
        if (TextRules.hasInvisible(reason)) {
            throw new UserFacingException("error.invisible-characters");
        }
        return reason;
    }

    /** An optional note with a verification: at most the column's length. */
    private static String note(String raw) {
        String note = TextRules.singleLine(raw);
        if (note.length() > REASON_MAX_LENGTH) {
            throw new UserFacingException("error.too-long", REASON_MAX_LENGTH);
        }
        if (TextRules.hasInvisible(note)) {
            throw new UserFacingException("error.invisible-characters");
        }
        return note;
    }

    private Expert find(long expertId) {
        return experts.findById(expertId).orElseThrow(() -> new UserFacingException("error.not-found"));
    }
}
