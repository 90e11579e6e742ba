package vn.nscl.rulebase;

import java.util.Base64;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One file of a rule-set version, stored whole (Base64, so text and workbooks are kept alike). */
@Entity
@Table(name = "rule_file")
class RuleFile {

    public static final int MAX_BYTES = 700_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_set_version_id")
    private RuleSetVersion ruleSet;

    @Column(nullable = false, length = 200)
    private String path;

    @Column(nullable = false, length = 1_000_000)
    private String content;

    protected RuleFile() {
    }

    RuleFile(RuleSetVersion ruleSet, String path, byte[] bytes) {
        this.ruleSet = ruleSet;
        this.path = path;
        replace(bytes);
    }

    void replace(byte[] bytes) {
        content = Base64.getEncoder().encodeToString(bytes);
    }

    String getPath() {
        return path;
    }

    String getContent() {
        return content;
    }
}
