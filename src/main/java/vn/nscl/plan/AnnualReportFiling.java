package vn.nscl.plan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The Department sent a year's report to the province: when, by whom, under which document number. */
@Entity
@Table(name = "annual_report_filing")
class AnnualReportFiling {

    @Id
    private Integer reportYear;

    @Column(length = 40)
    private String documentNumber;

    @Column(nullable = false)
    private Instant filedAt;

    @Column(nullable = false, length = 254)
    private String filedBy;

    protected AnnualReportFiling() {
    }

    AnnualReportFiling(int year, String documentNumber, Instant at, String by) {
        this.reportYear = year;
        this.documentNumber = documentNumber;
        this.filedAt = at;
        this.filedBy = by;
    }

    AnnualFiling toView() {
        return new AnnualFiling(reportYear, documentNumber, filedAt, filedBy);
    }
}
