package vn.nscl.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the demo data files under {@code demo/}. */
final class DemoCsv {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private DemoCsv() {
    }

    static List<CSVRecord> read(String file) {
        try (InputStream in = DemoCsv.class.getResourceAsStream("/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo/" + file);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return CSV.parse(reader).getRecords();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read demo/" + file, e);
        }
    }
}
