package vn.nscl.enterprise;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.notification.NotificationService;
import vn.nscl.security.Role;
import vn.nscl.shared.SystemTask;

/** Opens claims on enterprise codes another account holds, and tells DOST that one waits. */
@Component
class EnterpriseClaims {

    private final EnterpriseClaimRepository claims;
    private final EnterpriseRepository enterprises;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final Clock clock;

    EnterpriseClaims(EnterpriseClaimRepository claims, EnterpriseRepository enterprises,
            NotificationService notifications, AuditLog audit, Clock clock) {
        this.claims = claims;
        this.enterprises = enterprises;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long claim(Enterprise held, long claimantAccountId, EnterpriseRegistration registration) {
        EnterpriseClaim claim = claims.saveAndFlush(new EnterpriseClaim(held.toSummary().id(), claimantAccountId,
                registration, clock.instant()));
        audit.recordAs(claimantAccountId, registration.email(), EnterpriseAuditActions.ENTERPRISE_CLAIMED,
                "enterprise", held.toSummary().id(), "yêu cầu nhận đơn vị #" + claim.getId() + " của " + registration.name());
        // The person registering is not signed in; the platform tells the officers.
        SystemTask.run(() -> notifications.tellEveryone(Role.OFFICER, "notify.enterprise.claimed",
                EnterpriseVerificationService.ROUTE, held.toSummary().name()));
        return claim.getId();
    }

    @Transactional(readOnly = true)
    List<ClaimSummary> ofAccount(long accountId) {
        return claims.findByClaimantAccountIdOrderByCreatedAtDesc(accountId).stream().map(this::summary).toList();
    }

    ClaimSummary summary(EnterpriseClaim claim) {
        return enterprises.findById(claim.getEnterpriseId()).map(e -> claim.toSummary(e.getName(),
                e.toSummary().enterpriseCode())).orElseGet(() -> claim.toSummary("", ""));
    }
}
