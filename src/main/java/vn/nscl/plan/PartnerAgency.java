package vn.nscl.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A department, association or committee that reports yearly figures for its tasks in the plan. */
@Entity
@Table(name = "partner_agency")
class PartnerAgency {

    @Id
    @Column(length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String nameVi;

    @Column(nullable = false, length = 200)
    private String nameEn;

    private int position;

    protected PartnerAgency() {
    }

    String getCode() {
        return code;
    }

    AgencyView toView() {
        return new AgencyView(code, nameVi, nameEn);
    }
}
