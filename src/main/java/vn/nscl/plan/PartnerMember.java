package vn.nscl.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which agency a partner account reports for (one each; an officer sets it). */
@Entity
@Table(name = "partner_member")
class PartnerMember {

    @Id
    private Long accountId;

    @Column(nullable = false, length = 20)
    private String agencyCode;

    protected PartnerMember() {
    }

    PartnerMember(long accountId, String agencyCode) {
        this.accountId = accountId;
        this.agencyCode = agencyCode;
    }

    long getAccountId() {
        return accountId;
    }

    String getAgencyCode() {
        return agencyCode;
    }

    void moveTo(String agency) {
        this.agencyCode = agency;
    }
}
