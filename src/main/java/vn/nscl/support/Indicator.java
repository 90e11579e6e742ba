package vn.nscl.support;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A measurable expected result: what is measured, in which unit, from what baseline to what target. */
@Embeddable
public class Indicator {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 50)
    private String unit;

    @Column(precision = 18, scale = 2)
    private BigDecimal baseline;

    @Column(precision = 18, scale = 2)
    private BigDecimal target;

    protected Indicator() {
    }

    public Indicator(String name, String unit, BigDecimal baseline, BigDecimal target) {
        this.name = name;
        this.unit = unit;
        this.baseline = baseline;
        this.target = target;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal baseline() {
        return baseline;
    }

    public BigDecimal target() {
        return target;
    }
}
