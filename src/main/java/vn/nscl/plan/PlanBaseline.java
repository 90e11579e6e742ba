package vn.nscl.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A target's figure for a year before the platform, as the Department entered it from its own records. */
@Entity
@Table(name = "plan_baseline")
@IdClass(PlanBaseline.Key.class)
class PlanBaseline {

    @Id
    @Column(length = 20)
    private String targetCode;

    @Id
    private Integer reportYear;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(length = 500)
    private String note;

    @Column(nullable = false)
    private Instant enteredAt;

    @Column(nullable = false, length = 254)
    private String enteredBy;

    protected PlanBaseline() {
    }

    PlanBaseline(String targetCode, int year) {
        this.targetCode = targetCode;
        this.reportYear = year;
    }

    void enter(BigDecimal value, String text, Instant at, String by) {
        amount = value;
        note = text;
        enteredAt = at;
        enteredBy = by;
    }

    String getTargetCode() {
        return targetCode;
    }

    int getReportYear() {
        return reportYear;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getNote() {
        return note;
    }

    String getEnteredBy() {
        return enteredBy;
    }

    Instant getEnteredAt() {
        return enteredAt;
    }

    /** The key: a target and a year. */
    static class Key implements Serializable {

        private String targetCode;
        private Integer reportYear;

        protected Key() {
        }

        Key(String targetCode, Integer reportYear) {
            this.targetCode = targetCode;
            this.reportYear = reportYear;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(targetCode, key.targetCode)
                    && java.util.Objects.equals(reportYear, key.reportYear);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(targetCode, reportYear);
        }
    }
}
