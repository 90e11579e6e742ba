package vn.nscl.enterprise;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.notification.NotificationService;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException;

/**
 * Xác minh doanh nghiệp: officers confirm that self-registered enterprises are real and registered by themselves (only
 * then their data counts in the plan's figures), and decide claims on codes that another account holds. Every
 * decision is audited and the people concerned are told.
 */
@Service
public class EnterpriseVerificationService {

    public static final String ROUTE = "enterprises/verification";
    public static final int REASON_MAX_LENGTH = 500;

    private final EnterpriseRepository enterprises;
    private final EnterpriseClaimRepository claims;
    private final EnterpriseClaims claimSummaries;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final Clock clock;

    EnterpriseVerificationService(EnterpriseRepository enterprises, EnterpriseClaimRepository claims,
            EnterpriseClaims claimSummaries, NotificationService notifications, AuditLog audit, Clock clock) {
        this.enterprises = enterprises;
        this.claims = claims;
        this.claimSummaries = claimSummaries;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** Enterprises waiting for verification, oldest first. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<EnterpriseSummary> pending(int page, int size) {
        return enterprises.findByVerificationOrderByRegisteredAt(EnterpriseVerification.PENDING,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200))).map(Enterprise::toSummary)
                .getContent();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countPending() {
        return enterprises.countByVerification(EnterpriseVerification.PENDING);
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ClaimSummary> openClaims() {
        return claims.findByStatusOrderByCreatedAt(EnterpriseClaim.Status.OPEN).stream().map(claimSummaries::summary)
                .toList();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void verify(long enterpriseId, long expectedVersion, String note) {
        Enterprise enterprise = load(enterpriseId, expectedVersion);
        enterprise.verify(SignedIn.actor(), FieldChecks.optional("note", note, REASON_MAX_LENGTH),
                clock.instant());
        audit.record(EnterpriseAuditActions.ENTERPRISE_VERIFIED, "enterprise", enterpriseId, note);
        notifications.tell(enterprise.getAccountId(), "notify.enterprise.verified", "profile");
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void refuse(long enterpriseId, long expectedVersion, String reason) {
        String why = reason(reason);
        Enterprise enterprise = load(enterpriseId, expectedVersion);
        enterprise.refuseVerification(SignedIn.actor(), why, clock.instant());
        audit.record(EnterpriseAuditActions.ENTERPRISE_VERIFICATION_REFUSED, "enterprise", enterpriseId, why);
        notifications.tell(enterprise.getAccountId(), "notify.enterprise.refused", "profile", why);
    }

    /**
     * Gives the enterprise to the claimant: their account holds it from now on, with their contact details; the
     * account that held it loses it and is told why. The enterprise counts as verified (DOST checked the owner).
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void grantClaim(long claimId, long expectedVersion, String reason) {
        String why = reason(reason);
        EnterpriseClaim claim = loadClaim(claimId, expectedVersion);
        Enterprise enterprise = enterprises.findById(claim.getEnterpriseId())
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        if (enterprises.findByAccountId(claim.getClaimantAccountId()).isPresent()) {
            throw new UserFacingException("enterprise.claim.error.claimant-has-enterprise");
        }
        long previousOwner = enterprise.getAccountId();
        claim.grant(SignedIn.actor(), why, clock.instant());
        enterprise.transferTo(claim.getClaimantAccountId(), claim.getContactPerson(), claim.getEmail(),
                claim.getPhone());
        enterprise.verify(SignedIn.actor(), "claim " + claimId + " granted", clock.instant());
        audit.record(EnterpriseAuditActions.ENTERPRISE_CLAIM_GRANTED, "enterprise", enterprise.toSummary().id(),
                "yêu cầu nhận đơn vị #" + claimId + ": tài khoản #" + previousOwner + " → #" + claim.getClaimantAccountId() + "; " + why);
        notifications.tell(claim.getClaimantAccountId(), "notify.enterprise.claim-granted", "profile",
                enterprise.getName());
        notifications.tell(previousOwner, "notify.enterprise.claim-lost", null, enterprise.getName(), why);
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void refuseClaim(long claimId, long expectedVersion, String reason) {
        String why = reason(reason);
        EnterpriseClaim claim = loadClaim(claimId, expectedVersion);
        claim.refuse(SignedIn.actor(), why, clock.instant());
        audit.record(EnterpriseAuditActions.ENTERPRISE_CLAIM_REFUSED, "enterprise", claim.getEnterpriseId(),
                "yêu cầu nhận đơn vị #" + claimId + ": " + why);
        notifications.tell(claim.getClaimantAccountId(), "notify.enterprise.claim-refused", null, why);
    }

    private static String reason(String typed) {
        String why = TextRules.singleLine(typed);
        if (why.isEmpty() || why.length() > REASON_MAX_LENGTH || TextRules.hasInvisible(why)) {
            throw new UserFacingException("error.reason-required", REASON_MAX_LENGTH);
        }
        return why;
    }

    private Enterprise load(long enterpriseId, long expectedVersion) {
        Enterprise enterprise = enterprises.findById(enterpriseId)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        if (enterprise.getVersion() != expectedVersion) {
            throw new UserFacingException("error.changed-meanwhile");
        }
        return enterprise;
    }

    private EnterpriseClaim loadClaim(long claimId, long expectedVersion) {
        EnterpriseClaim claim = claims.findById(claimId).orElseThrow(() -> new UserFacingException("error.not-found"));
        if (claim.getVersion() != expectedVersion) {
            throw new UserFacingException("error.changed-meanwhile");
        }
        return claim;
    }
}
