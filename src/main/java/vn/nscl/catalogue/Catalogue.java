package vn.nscl.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.nscl.shared.DataFiles;

/**
 * The catalogue, read once from {@code catalogue/items.yaml} and {@code catalogue/programmes.yaml}; a broken file
 * stops the start with its line, and references between entries (prerequisites, what a programme funds) are checked.
 */
@Service
public class Catalogue {

    private static final String ITEMS = "/catalogue/items.yaml";
    private static final String PROGRAMMES = "/catalogue/programmes.yaml";
    private static final Set<String> ENTERPRISE_TYPES = Set.of("ENTERPRISE", "COOPERATIVE", "HOUSEHOLD");

    private final List<CatalogueItem> items;
    private final List<Programme> programmes;
    // Looked up for every tool of every assessment in a rule dry run.
    private final Map<String, CatalogueItem> itemsByCode;
    private final Map<String, Programme> programmesByCode;

    Catalogue() {
        this.items = loadItems();
        this.itemsByCode = items.stream().collect(Collectors.toUnmodifiableMap(CatalogueItem::code, item -> item));
        this.programmes = loadProgrammes(itemsByCode.keySet());
        this.programmesByCode = programmes.stream().collect(Collectors.toUnmodifiableMap(Programme::code, p -> p));
    }

    public List<CatalogueItem> items() {
        return items;
    }

    /** What an enterprise can hold a certificate for. */
    public List<CatalogueItem> certifiable() {
        return items.stream().filter(CatalogueItem::certifiable).toList();
    }

    public Optional<CatalogueItem> item(String code) {
        return Optional.ofNullable(code == null ? null : itemsByCode.get(code));
    }

    /** The tool's or standard's name, or its code when the catalogue does not (or no longer) know it. */
    public String itemName(String code, Locale locale) {
        return item(code).map(item -> item.name(locale)).orElse(code);
    }

    /** The programme's name, or its code when the catalogue does not (or no longer) know it. */
    public String programmeName(String code, Locale locale) {
        return programme(code).map(programme -> programme.name(locale)).orElse(code);
    }

    public List<Programme> programmes() {
        return programmes;
    }

    public Optional<Programme> programme(String code) {
        return Optional.ofNullable(code == null ? null : programmesByCode.get(code));
    }

    record ItemsFile(List<CatalogueItem> items) {
    }

    record ProgrammesFile(List<Programme> programmes) {
    }

    private static List<CatalogueItem> loadItems() {
        List<CatalogueItem> loaded = read(ITEMS, ItemsFile.class).items();
        Set<String> codes = new HashSet<>();
        for (CatalogueItem item : loaded) {
            if (item.code() == null || !codes.add(item.code())) {
                throw new IllegalStateException(ITEMS + ": missing or repeated code " + item.code());
            }
            if (item.name() == null || !item.name().hasBothLanguages()) {
                throw new IllegalStateException(ITEMS + ": item " + item.code() + " needs a Vietnamese and an English name");
            }
            if (!ENTERPRISE_TYPES.containsAll(item.fits().types())) {
                throw new IllegalStateException(ITEMS + ": item " + item.code() + " fits unknown enterprise types "
                        + item.fits().types() + "; known: " + ENTERPRISE_TYPES);
            }
        }
        for (CatalogueItem item : loaded) {
            for (String prerequisite : item.prerequisites()) {
                if (!codes.contains(prerequisite)) {
                    throw new IllegalStateException(ITEMS + ": item " + item.code() + " names an unknown prerequisite "
                            + prerequisite);
                }
            }
        }
        return List.copyOf(loaded);
    }

    private static List<Programme> loadProgrammes(Set<String> itemCodes) {
        if (Catalogue.class.getResource(PROGRAMMES) == null) {
            return List.of();
        }
        List<Programme> loaded = new ArrayList<>(read(PROGRAMMES, ProgrammesFile.class).programmes());
        Set<String> codes = new HashSet<>();
        for (Programme programme : loaded) {
            if (programme.code() == null || !codes.add(programme.code()) || programme.name() == null
                    || !programme.name().hasBothLanguages()) {
                throw new IllegalStateException(PROGRAMMES + ": programme " + programme.code()
                        + " needs a unique code and a name in both languages");
            }
            for (String funded : programme.funds()) {
                if (!itemCodes.contains(funded)) {
                    throw new IllegalStateException(PROGRAMMES + ": programme " + programme.code()
                            + " funds an unknown catalogue item " + funded);
                }
            }
        }
        return List.copyOf(loaded);
    }

    private static <T> T read(String file, Class<T> type) {
        try (InputStream in = Catalogue.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + file + " on the class path");
            }
            return DataFiles.readYaml(in, file, type);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
