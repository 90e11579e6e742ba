package vn.nscl.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Loads the 2025 administrative units from the CSV files in {@code reference/} (copied from the shared reference
 * data, see its README). A Java migration so the data stays in its original, reviewable CSV form; Flyway takes the
 * version from the class name, hence the unusual name.
 */
@Component
class V2__Load_administrative_units extends BaseJavaMigration {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        load(connection, "provinces.csv", "insert into province (code, name, place_type) values (?, ?, ?)",
                (row, statement) -> {
                    statement.setString(1, row.get("province_code"));
                    statement.setString(2, row.get("name"));
                    statement.setString(3, row.get("place_type"));
                });
        load(connection, "communes.csv", "insert into commune (code, name, province_code) values (?, ?, ?)",
                (row, statement) -> {
                    statement.setString(1, row.get("commune_code"));
                    statement.setString(2, row.get("name"));
                    statement.setString(3, row.get("province_code"));
                });
        load(connection, "commune-mapping-quang-tri.csv", """
                insert into commune_mapping (old_commune_code, old_commune_name, old_district_name,
                                             old_province_name, new_commune_code) values (?, ?, ?, ?, ?)""",
                (row, statement) -> {
                    String oldCode = row.get("old_commune_code");
                    statement.setString(1, oldCode == null || oldCode.isBlank() ? null : oldCode);
                    statement.setString(2, row.get("old_commune_name"));
                    statement.setString(3, row.get("old_district_name"));
                    statement.setString(4, row.get("old_province_name"));
                    statement.setString(5, row.get("new_commune_code"));
                });
    }

    private interface RowBinder {
        void bind(CSVRecord row, PreparedStatement statement) throws SQLException;
    }

    private static void load(Connection connection, String file, String sql, RowBinder binder)
            throws IOException, SQLException {
        try (InputStream in = V2__Load_administrative_units.class.getResourceAsStream("/reference/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference/" + file + " on the class path");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                    PreparedStatement statement = connection.prepareStatement(sql)) {
                for (CSVRecord row : CSV.parse(reader)) {
                    binder.bind(row, statement);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }
}
