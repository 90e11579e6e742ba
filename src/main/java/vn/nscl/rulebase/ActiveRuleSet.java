package vn.nscl.rulebase;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Which version of a kind of rule set is active. Kept in the database, so every instance of the application reads
 * the same answer and notices a change.
 */
@Entity
@Table(name = "active_rule_set")
class ActiveRuleSet {

    @Id
    @Column(length = 20)
    private String kind;

    @Version
    private long version;

    @Column(nullable = false)
    private long ruleSetVersionId;

    @Column(nullable = false)
    private Instant activatedAt;

    @Column(nullable = false, length = 254)
    private String activatedBy;

    protected ActiveRuleSet() {
    }

    ActiveRuleSet(String kind, long ruleSetVersionId, String activatedBy, Instant activatedAt) {
        this.kind = kind;
        activate(ruleSetVersionId, activatedBy, activatedAt);
    }

    final void activate(long versionId, String by, Instant at) {
        this.ruleSetVersionId = versionId;
        this.activatedBy = by;
        this.activatedAt = at;
    }

    long getRuleSetVersionId() {
        return ruleSetVersionId;
    }

    Instant getActivatedAt() {
        return activatedAt;
    }

    String getActivatedBy() {
        return activatedBy;
    }
}
