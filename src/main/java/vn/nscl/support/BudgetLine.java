package vn.nscl.support;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a project's budget: what, how much is asked of the programme and how much the enterprise pays. */
@Embeddable
public class BudgetLine {

    @Column(nullable = false, length = 300)
    private String description;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal requested;

    @Column(name = "own", nullable = false, precision = 14, scale = 2)
    private BigDecimal own;

    protected BudgetLine() {
    }

    public BudgetLine(String description, BigDecimal requested, BigDecimal own) {
        this.description = description;
        this.requested = requested;
        this.own = own;
    }

    public String description() {
        return description;
    }

    public BigDecimal requested() {
        return requested;
    }

    public BigDecimal own() {
        return own;
    }
}
