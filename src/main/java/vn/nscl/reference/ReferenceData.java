package vn.nscl.reference;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.nscl.shared.TextRules;

/**
 * Read access to the reference data. It never changes while the application runs (it comes from migrations), so it
 * is read once and kept in memory.
 */
@Service
public class ReferenceData {

    private final ProvinceProperties province;
    private final ProvinceRepository provinces;
    private final CommuneRepository communes;
    private final VsicSectionRepository sections;
    private final CommuneMappingRepository mapping;
    private volatile Snapshot snapshot;

    ReferenceData(ProvinceProperties province, ProvinceRepository provinces, CommuneRepository communes,
            VsicSectionRepository sections, CommuneMappingRepository mapping) {
        this.province = province;
        this.provinces = provinces;
        this.communes = communes;
        this.sections = sections;
        this.mapping = mapping;
    }

    public ProvinceRef servedProvince() {
        return snapshot().servedProvince();
    }

    /** The communes of the served province, in Vietnamese alphabetical order. */
    public List<CommuneRef> servedCommunes() {
        return snapshot().servedCommunes();
    }

    public Optional<CommuneRef> commune(String code) {
        return Optional.ofNullable(code).map(snapshot().communesByCode()::get);
    }

    public boolean isServedCommune(String code) {
        return commune(code).filter(c -> c.provinceCode().equals(province.code())).isPresent();
    }

    public String communeName(String code) {
        return commune(code).map(CommuneRef::name).orElse(code);
    }

    /** The communes merged into this one in 2025, under their old names (empty for a commune that kept its own). */
    public List<FormerCommune> formerCommunes(String code) {
        return snapshot().formerByCommune().getOrDefault(code, List.of());
    }

    /**
     * Whether a commune is what was typed in a search: its name or one of its former names contains it, without case
     * or diacritics ("cam lo" finds Xã Cam Lộ; "Hồ Xá", a town merged in 2025, finds Xã Vĩnh Linh).
     */
    public boolean communeMatches(CommuneRef commune, String typed) {
        return TextRules.containsIgnoringDiacritics(commune.name(), typed) || formerMatching(commune, typed).isPresent();
    }

    /** The former commune that made a search find this one, when its present name alone would not have. */
    public Optional<FormerCommune> formerCommuneMatching(CommuneRef commune, String typed) {
        if (typed == null || typed.isBlank() || TextRules.containsIgnoringDiacritics(commune.name(), typed)) {
            return Optional.empty();
        }
        return formerMatching(commune, typed);
    }

    private Optional<FormerCommune> formerMatching(CommuneRef commune, String typed) {
        return formerCommunes(commune.code()).stream()
                .filter(former -> TextRules.containsIgnoringDiacritics(former.name(), typed)).findFirst();
    }

    public List<ProvinceRef> provinces() {
        return snapshot().provinces();
    }

    public List<Sector> sectors() {
        return snapshot().sectors();
    }

    public Optional<Sector> sector(String code) {
        return snapshot().sectors().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<ProvinceRef> allProvinces = provinces.findAll().stream().map(Province::toRef)
                .sorted(Comparator.comparing(ProvinceRef::code)).toList();
        ProvinceRef served = allProvinces.stream().filter(p -> p.code().equals(province.code())).findFirst()
                .orElseThrow(() -> new IllegalStateException("nscl.province.code=" + province.code()
                        + " is not one of the 34 provinces of the 2025 list (see reference/provinces.csv)"));
        Map<String, CommuneRef> byCode = communes.findAll().stream().map(Commune::toRef)
                .collect(Collectors.toUnmodifiableMap(CommuneRef::code, Function.identity()));
        List<CommuneRef> servedCommunes = byCode.values().stream()
                .filter(c -> c.provinceCode().equals(served.code()))
                .sorted(Comparator.comparing(CommuneRef::name, vietnamese)).toList();
        List<Sector> allSectors = sections.findAll().stream().map(VsicSection::toSector)
                .sorted(Comparator.comparing(Sector::code)).toList();
        Map<String, List<FormerCommune>> former = mapping.findAll().stream().map(CommuneMapping::toFormer)
                .collect(Collectors.groupingBy(FormerCommune::communeCode));
        return new Snapshot(served, allProvinces, servedCommunes, byCode, allSectors, former);
    }

    record Snapshot(ProvinceRef servedProvince, List<ProvinceRef> provinces, List<CommuneRef> servedCommunes,
            Map<String, CommuneRef> communesByCode, List<Sector> sectors,
            Map<String, List<FormerCommune>> formerByCommune) {
    }
}
