package vn.nscl.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "commune")
class Commune {

    @Id
    @Column(length = 5)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 2)
    private String provinceCode;

    protected Commune() {
    }

    CommuneRef toRef() {
        return new CommuneRef(code, name, provinceCode);
    }
}
