package vn.nscl.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class CompetenceEntry {

    @Column(name = "item_code", nullable = false, length = 40)
    private String itemCode;

    @Column(nullable = false)
    private int level;

    @Column(nullable = false)
    private int years;

    protected CompetenceEntry() {
    }

    CompetenceEntry(Competence competence) {
        this.itemCode = competence.itemCode();
        this.level = competence.level();
        this.years = competence.years();
    }

    Competence toRecord() {
        return new Competence(itemCode, level, years);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompetenceEntry entry && entry.itemCode.equals(itemCode) && entry.level == level
                && entry.years == years;
    }

    @Override
    public int hashCode() {
        return itemCode.hashCode() * 31 + level * 7 + years;
    }
}
