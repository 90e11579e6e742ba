package vn.nscl.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "vsic_section")
class VsicSection {

    @Id
    @Column(length = 1)
    private String code;

    @Column(nullable = false, length = 300)
    private String nameVi;

    @Column(nullable = false, length = 300)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SectorGroup sizeGroup;

    protected VsicSection() {
    }

    Sector toSector() {
        return new Sector(code, nameVi, nameEn, sizeGroup);
    }
}
