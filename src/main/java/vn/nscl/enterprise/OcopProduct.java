package vn.nscl.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A product rated in the One Commune One Product programme (OCOP, Decision 148/QĐ-TTg), 3 to 5 stars. */
@Entity
@Table(name = "enterprise_ocop_product")
class OcopProduct {

    static final int NAME_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(nullable = false)
    private int stars;

    private Integer ratedYear;

    protected OcopProduct() {
    }

    OcopProduct(Enterprise enterprise, String name, int stars, Integer ratedYear) {
        this.enterprise = enterprise;
        this.name = name;
        this.stars = stars;
        this.ratedYear = ratedYear;
    }

    Long getId() {
        return id;
    }

    ProfileDetails.Ocop toRecord() {
        return new ProfileDetails.Ocop(id, name, stars, ratedYear);
    }
}
