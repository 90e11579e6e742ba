package vn.nscl.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A programme's call as officers set it: when it is open, how much it gives, what is required and checked. */
@Entity
@Table(name = "programme_call")
class ProgrammeCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 20)
    private String programmeCode;

    private LocalDate openFrom;
    private LocalDate openUntil;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal ceiling;

    @Column(nullable = false)
    private int ownSharePercent;

    @Column(nullable = false)
    private int yearlyQuota;

    @Column(nullable = false, length = 2000)
    private String requiredDocuments;

    @Column(nullable = false, length = 2000)
    private String checklist;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false, length = 254)
    private String updatedBy;

    protected ProgrammeCall() {
    }

    ProgrammeCall(String programmeCode, Instant at, String by) {
        this.programmeCode = programmeCode;
        this.ceiling = new BigDecimal("100");
        this.ownSharePercent = 30;
        this.yearlyQuota = 5;
        this.requiredDocuments = "";
        this.checklist = "";
        this.updatedAt = at;
        this.updatedBy = by;
    }

    void update(CallEdit edit, Instant at, String by) {
        openFrom = edit.openFrom();
        openUntil = edit.openUntil();
        ceiling = edit.ceiling();
        ownSharePercent = edit.ownSharePercent();
        yearlyQuota = edit.yearlyQuota();
        requiredDocuments = edit.requiredDocuments();
        checklist = String.join("\n", edit.checklist());
        updatedAt = at;
        updatedBy = by;
    }

    boolean openOn(LocalDate day) {
        return openFrom != null && openUntil != null && !day.isBefore(openFrom) && !day.isAfter(openUntil);
    }

    List<String> checklistItems() {
        return checklist.isBlank() ? List.of() : Arrays.stream(checklist.split("\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    CallView toView(String name, LocalDate today) {
        return new CallView(programmeCode, name, openFrom, openUntil, openOn(today), ceiling, ownSharePercent,
                yearlyQuota, requiredDocuments, documentList(), checklistItems(), updatedAt, updatedBy, version);
    }

    String getProgrammeCode() {
        return programmeCode;
    }

    long getVersion() {
        return version;
    }

    BigDecimal getCeiling() {
        return ceiling;
    }

    int getOwnSharePercent() {
        return ownSharePercent;
    }

    int getYearlyQuota() {
        return yearlyQuota;
    }

    /**
     * The required documents one by one: the officer lists them separated by ";" (or on separate lines), each
     * becoming its own upload slot on the application form.
     */
    java.util.List<String> documentList() {
        return java.util.Arrays.stream(requiredDocuments.split("[;\\n]")).map(String::strip)
                .filter(d -> !d.isEmpty()).map(d -> Character.toUpperCase(d.charAt(0)) + d.substring(1))
                .distinct().toList();
    }

    String getRequiredDocuments() {
        return requiredDocuments;
    }
}
