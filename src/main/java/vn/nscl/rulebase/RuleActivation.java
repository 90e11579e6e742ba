package vn.nscl.rulebase;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One activation of a rule-set version: who, when, and the note saying why (never changed afterwards). */
@Entity
@Table(name = "rule_activation")
class RuleActivation {

    static final int NOTE_MAX_LENGTH = RuleSetActivation.NOTE_MAX_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false)
    private long ruleSetVersionId;

    @Column(nullable = false)
    private Instant activatedAt;

    @Column(nullable = false, length = 254)
    private String activatedBy;

    @Column(nullable = false, length = 200)
    private String activatedByName;

    @Column(nullable = false, length = NOTE_MAX_LENGTH)
    private String note;

    protected RuleActivation() {
    }

    RuleActivation(String kind, long ruleSetVersionId, Instant activatedAt, String activatedBy,
            String activatedByName, String note) {
        this.kind = kind;
        this.ruleSetVersionId = ruleSetVersionId;
        this.activatedAt = activatedAt;
        this.activatedBy = activatedBy;
        this.activatedByName = activatedByName.length() > 200 ? activatedByName.substring(0, 200) : activatedByName;
        this.note = note;
    }

    RuleSetActivation toView() {
        return new RuleSetActivation(ruleSetVersionId, activatedAt, activatedByName, note);
    }
}
