package vn.nscl.plan;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One target of the plan as officers keep it: what, from where in the plan, for which years, how much. */
@Entity
@Table(name = "plan_target")
class PlanTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 20)
    private String code;

    private int position;

    @Column(nullable = false, length = 300)
    private String nameVi;

    @Column(nullable = false, length = 300)
    private String nameEn;

    @Column(nullable = false, length = 200)
    private String sourceItem;

    @Column(nullable = false, length = 40)
    private String unitVi;

    @Column(nullable = false, length = 40)
    private String unitEn;

    private int yearFrom;
    private int yearTo;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal targetMin;

    @Column(precision = 12, scale = 2)
    private BigDecimal targetMax;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TargetKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Metric metric;

    @Column(length = 20)
    private String agencyCode;

    private Instant updatedAt;

    @Column(length = 254)
    private String updatedBy;

    protected PlanTarget() {
    }

    void update(TargetEdit edit, Instant at, String by) {
        nameVi = edit.nameVi();
        nameEn = edit.nameEn();
        unitVi = edit.unitVi();
        unitEn = edit.unitEn();
        yearFrom = edit.yearFrom();
        yearTo = edit.yearTo();
        targetMin = edit.targetMin();
        targetMax = edit.targetMax();
        updatedAt = at;
        updatedBy = by;
    }

    TargetView toView() {
        return new TargetView(code, version, nameVi, nameEn, sourceItem, unitVi, unitEn, yearFrom, yearTo, targetMin,
                targetMax, kind, metric, agencyCode);
    }

    String getCode() {
        return code;
    }

    long getVersion() {
        return version;
    }
}
