package vn.nscl.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class ReferenceDataTest {

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void all_provinces_and_communes_of_the_2025_reorganisation_are_loaded() {
        assertThat(reference.provinces()).hasSize(34);
        assertThat(jdbc.queryForObject("select count(*) from commune", Integer.class)).isEqualTo(3321);
        assertThat(jdbc.queryForObject("select count(*) from commune_mapping", Integer.class)).isEqualTo(282);
    }

    @Test
    void the_served_province_is_quang_tri_with_78_communes_in_vietnamese_order() {
        assertThat(reference.servedProvince().name()).isEqualTo("Quảng Trị");
        var communes = reference.servedCommunes();
        assertThat(communes).hasSize(78);
        assertThat(communes).filteredOn(c -> c.name().startsWith("Xã ")).hasSize(69);
        assertThat(communes).filteredOn(c -> c.name().startsWith("Phường ")).hasSize(8);
        assertThat(communes).filteredOn(c -> c.name().startsWith("Đặc khu ")).hasSize(1);
        assertThat(communes).extracting(CommuneRef::name).contains("Xã Vĩnh Linh", "Xã Khe Sanh", "Đặc khu Cồn Cỏ");
        assertThat(communes.getFirst().name()).isEqualTo("Đặc khu Cồn Cỏ");
    }

    @Test
    void communes_are_found_without_diacritics_and_by_their_names_before_2025() {
        CommuneRef camLo = commune("Xã Cam Lộ");
        CommuneRef vinhLinh = commune("Xã Vĩnh Linh");

        assertThat(reference.communeMatches(camLo, "cam lo")).isTrue();
        assertThat(reference.formerCommuneMatching(camLo, "cam lo")).isEmpty();
        assertThat(reference.communeMatches(vinhLinh, "VINH LINH")).isTrue();
        assertThat(reference.communeMatches(camLo, "Cam Thành")).isTrue();
        assertThat(reference.formerCommuneMatching(camLo, "cam thanh").orElseThrow())
                .isEqualTo(new FormerCommune("Xã Cam Thành", "Huyện Cam Lộ", camLo.code()));
        assertThat(reference.formerCommuneMatching(vinhLinh, "Hồ Xá").orElseThrow().name())
                .isEqualTo("Thị trấn Hồ Xá");
        assertThat(reference.communeMatches(vinhLinh, "cam thanh")).isFalse();
        assertThat(reference.servedCommunes()).filteredOn(c -> reference.communeMatches(c, "ho xa"))
                .extracting(CommuneRef::name).containsExactly("Xã Vĩnh Linh");
        assertThat(reference.formerCommunes(camLo.code())).hasSizeGreaterThan(1);
    }

    private CommuneRef commune(String name) {
        return reference.servedCommunes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void only_communes_of_the_served_province_are_accepted() {
        assertThat(reference.isServedCommune("19363")).isTrue();
        assertThat(reference.isServedCommune("00004")).isFalse();
        assertThat(reference.isServedCommune("99999")).isFalse();
        assertThat(reference.isServedCommune(null)).isFalse();
    }

    @Test
    void vsic_sections_a_to_u_have_both_names_and_a_decree_80_sector_group() {
        assertThat(reference.sectors()).hasSize(21);
        Sector agriculture = reference.sector("A").orElseThrow();
        assertThat(agriculture.nameVi()).isEqualTo("Nông nghiệp, lâm nghiệp và thủy sản");
        assertThat(agriculture.name(java.util.Locale.ENGLISH)).isEqualTo("Agriculture, forestry and fishing");
        assertThat(agriculture.group()).isEqualTo(SectorGroup.AGRI_INDUSTRY);
        assertThat(reference.sector("G").orElseThrow().group()).isEqualTo(SectorGroup.TRADE_SERVICE);
    }
}
