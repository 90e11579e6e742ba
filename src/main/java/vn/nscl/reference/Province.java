package vn.nscl.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "province")
class Province {

    @Id
    @Column(length = 2)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 50)
    private String placeType;

    protected Province() {
    }

    ProvinceRef toRef() {
        return new ProvinceRef(code, name, placeType);
    }
}
