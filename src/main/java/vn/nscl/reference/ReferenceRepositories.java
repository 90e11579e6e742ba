package vn.nscl.reference;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceRepository extends JpaRepository<Province, String> {
}

interface CommuneRepository extends JpaRepository<Commune, String> {

    List<Commune> findByProvinceCode(String provinceCode);
}

interface CommuneMappingRepository extends JpaRepository<CommuneMapping, Long> {
}

interface VsicSectionRepository extends JpaRepository<VsicSection, String> {
}
