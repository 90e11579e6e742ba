package vn.nscl.matching;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Which policy version is in use, in the database so every instance follows the same one. */
@Entity
@Table(name = "active_matching_policy")
class ActivePolicy {

    static final int SINGLE_ROW = 1;

    @Id
    private Integer id;

    @Version
    private long version;

    @Column(nullable = false)
    private long policyVersionId;

    @Column(nullable = false)
    private Instant activatedAt;

    @Column(nullable = false, length = 254)
    private String activatedBy;

    protected ActivePolicy() {
    }

    ActivePolicy(long policyVersionId, String by, Instant at) {
        this.id = SINGLE_ROW;
        activate(policyVersionId, by, at);
    }

    final void activate(long versionId, String by, Instant at) {
        this.policyVersionId = versionId;
        this.activatedBy = by;
        this.activatedAt = at;
    }

    long getPolicyVersionId() {
        return policyVersionId;
    }

    Instant getActivatedAt() {
        return activatedAt;
    }

    String getActivatedBy() {
        return activatedBy;
    }
}
