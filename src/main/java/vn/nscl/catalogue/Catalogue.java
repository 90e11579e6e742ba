package vn.nscl.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.nscl.shared.DataFiles;

/** The catalogue, read once from {@code catalogue/items.yaml}; a broken file stops the start with its line. */
@Service
public class Catalogue {

    private static final String FILE = "/catalogue/items.yaml";

    private final List<CatalogueItem> items;

    Catalogue() {
        this.items = load();
    }

    public List<CatalogueItem> items() {
        return items;
    }

    /** What an enterprise can hold a certificate for. */
    public List<CatalogueItem> certifiable() {
        return items.stream().filter(CatalogueItem::certifiable).toList();
    }

    public Optional<CatalogueItem> item(String code) {
        return items.stream().filter(item -> item.code().equals(code)).findFirst();
    }

    record CatalogueFile(List<CatalogueItem> items) {
    }

    private static List<CatalogueItem> load() {
        try (InputStream in = Catalogue.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + FILE + " on the class path");
            }
            List<CatalogueItem> loaded = DataFiles.readYaml(in, FILE, CatalogueFile.class).items();
            Set<String> codes = new HashSet<>();
            for (CatalogueItem item : loaded) {
                if (item.code() == null || !codes.add(item.code())) {
                    throw new IllegalStateException(FILE + ": missing or repeated code " + item.code());
                }
                if (item.name() == null || !item.name().hasBothLanguages()) {
                    throw new IllegalStateException(FILE + ": item " + item.code() + " needs a Vietnamese and an English name");
                }
            }
            return List.copyOf(loaded);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + FILE, e);
        }
    }
}
