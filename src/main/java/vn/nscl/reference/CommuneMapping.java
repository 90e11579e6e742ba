package vn.nscl.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the old-to-new commune mapping shipped with the reference data (read only). */
@Entity
@Table(name = "commune_mapping")
class CommuneMapping {

    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String oldCommuneName;

    @Column(nullable = false, length = 100)
    private String oldDistrictName;

    @Column(nullable = false, length = 5)
    private String newCommuneCode;

    protected CommuneMapping() {
    }

    FormerCommune toFormer() {
        return new FormerCommune(oldCommuneName, oldDistrictName, newCommuneCode);
    }
}
