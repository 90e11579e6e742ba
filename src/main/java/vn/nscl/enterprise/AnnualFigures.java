package vn.nscl.enterprise;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The stored figures of one enterprise for one year; each year is kept, so the history stays. */
@Entity
@Table(name = "enterprise_year_figures")
class AnnualFigures {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long enterpriseId;

    @Column(name = "figures_year", nullable = false)
    private int year;

    private Integer employees;
    private BigDecimal revenue;
    private BigDecimal capital;
    private BigDecimal boughtIn;
    private BigDecimal wages;
    private BigDecimal depreciation;
    private BigDecimal energyCost;
    private BigDecimal defectRate;
    private BigDecimal newProductShare;
    private BigDecimal trainingHours;
    private Integer suggestionsImplemented;

    @Column(nullable = false)
    private Instant updatedAt;

    protected AnnualFigures() {
    }

    AnnualFigures(long enterpriseId, int year) {
        this.enterpriseId = enterpriseId;
        this.year = year;
    }

    void replaceWith(YearFigures f, Instant now) {
        employees = f.employees();
        revenue = f.revenue();
        capital = f.capital();
        boughtIn = f.boughtIn();
        wages = f.wages();
        depreciation = f.depreciation();
        energyCost = f.energyCost();
        defectRate = f.defectRate();
        newProductShare = f.newProductShare();
        trainingHours = f.trainingHours();
        suggestionsImplemented = f.suggestionsImplemented();
        updatedAt = now;
    }

    long getEnterpriseId() {
        return enterpriseId;
    }

    long getVersion() {
        return version;
    }

    YearFigures toRecord() {
        return new YearFigures(year, employees, revenue, capital, boughtIn, wages, depreciation, energyCost,
                defectRate, newProductShare, trainingHours, suggestionsImplemented, version);
    }
}
