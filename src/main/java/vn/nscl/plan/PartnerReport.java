package vn.nscl.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An agency's report for one year: a figure for each of its targets and a short narrative of what it did. */
@Entity
@Table(name = "partner_report")
class PartnerReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 20)
    private String agencyCode;

    private int reportYear;

    @Column(nullable = false, length = 4000)
    private String narrative;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_figure", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "target_code", length = 20)
    @Column(name = "figure", nullable = false, precision = 12, scale = 2)
    private Map<String, BigDecimal> figures = new HashMap<>();

    @Column(nullable = false)
    private Instant submittedAt;

    @Column(nullable = false, length = 254)
    private String submittedBy;

    protected PartnerReport() {
    }

    PartnerReport(String agencyCode, int reportYear) {
        this.agencyCode = agencyCode;
        this.reportYear = reportYear;
    }

    /** Sends the report again: the figures given replace theirs, figures left out stay as sent before. */
    void submit(Map<String, BigDecimal> newFigures, String newNarrative, Instant at, String by) {
        figures.putAll(newFigures);
        narrative = newNarrative;
        submittedAt = at;
        submittedBy = by;
    }

    long getVersion() {
        return version;
    }

    String getAgencyCode() {
        return agencyCode;
    }

    int getReportYear() {
        return reportYear;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    Map<String, BigDecimal> getFigures() {
        return figures;
    }

    PartnerReportView toView() {
        return new PartnerReportView(agencyCode, reportYear, version, Map.copyOf(figures), narrative, submittedAt,
                submittedBy);
    }
}
