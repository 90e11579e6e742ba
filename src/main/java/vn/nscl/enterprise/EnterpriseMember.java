package vn.nscl.enterprise;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A colleague's login in an enterprise (the account that registered it is the first owner, kept on the enterprise). */
@Entity
@Table(name = "enterprise_member")
class EnterpriseMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long enterpriseId;

    @Column(nullable = false, unique = true)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 16)
    private MemberRole role;

    @Column(nullable = false, length = 254)
    private String invitedBy;

    @Column(nullable = false)
    private Instant invitedAt;

    protected EnterpriseMember() {
    }

    EnterpriseMember(long enterpriseId, long accountId, MemberRole role, String invitedBy, Instant invitedAt) {
        this.enterpriseId = enterpriseId;
        this.accountId = accountId;
        this.role = role;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
    }

    long getEnterpriseId() {
        return enterpriseId;
    }

    long getAccountId() {
        return accountId;
    }

    MemberRole getRole() {
        return role;
    }

    Instant getInvitedAt() {
        return invitedAt;
    }
}
