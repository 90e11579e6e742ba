package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.nscl.shared.TextRules;

/**
 * Enterprises (and experts, by name and organisation) get their name without case or diacritics beside the name,
 * so the officers' search finds "Hợp tác xã Cam Lộ" from "htx cam lo" on H2 and PostgreSQL alike (neither folds
 * Vietnamese accents in a portable way). Written in Java to fold existing names exactly as the application does.
 */
public class V16__names_searchable_without_diacritics extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        fold(db, "enterprise", "search_name", 200, "name");
        fold(db, "expert", "search_text", 401, "concat_ws(' ', full_name, organisation)");
    }

    /** Adds a column holding {@code source} folded, fills it for every row and then requires it. */
    private static void fold(Connection db, String table, String column, int length, String source) throws Exception {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("alter table " + table + " add column " + column + " varchar(" + length + ")");
        }
        try (Statement select = db.createStatement();
                ResultSet rows = select.executeQuery("select id, " + source + " from " + table);
                PreparedStatement update = db.prepareStatement(
                        "update " + table + " set " + column + " = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                update.setString(1, TextRules.withoutDiacritics(rows.getString(2)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
                if (++pending == 500) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
        try (Statement ddl = db.createStatement()) {
            ddl.execute("alter table " + table + " alter column " + column + " set not null");
        }
    }
}
