package db.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.nscl.rulebase.RuleFiles;

/**
 * The matching policy's versions join the rule versions of every other kind (kind {@code matching}): each becomes a
 * version holding one file, {@code matching/matching.yaml}, with its authors, and the active one stays active. Such a
 * version has no rules, so it does not build with this release: at the next start the platform falls back to the
 * shipped matching rules, visibly (log and audit), and officers make their tuned numbers a draft on top of them.
 * Written in Java because the content must be stored Base64-encoded and fingerprinted exactly as the application
 * does, on H2 and PostgreSQL alike.
 */
public class V13__matching_rules_in_rule_versions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        Map<Long, Long> newIds = new HashMap<>();
        try (Statement select = db.createStatement();
                ResultSet old = select.executeQuery("select id, number, status, note, content, created_at, created_by "
                        + "from matching_policy_version order by number")) {
            while (old.next()) {
                String content = old.getString("content");
                byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
                String hash = new RuleFiles(Map.of("matching/matching.yaml", bytes)).hash();
                long id;
                try (PreparedStatement insert = db.prepareStatement("insert into rule_set_version (version, kind, "
                        + "number, status, note, content_hash, rule_count, created_at, created_by) "
                        + "values (0, 'matching', ?, ?, ?, ?, null, ?, ?)", new String[] {"id"})) {
                    insert.setInt(1, old.getInt("number"));
                    insert.setString(2, old.getString("status"));
                    insert.setString(3, old.getString("note"));
                    insert.setString(4, hash);
                    insert.setTimestamp(5, old.getTimestamp("created_at"));
                    insert.setString(6, old.getString("created_by"));
                    insert.executeUpdate();
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        key.next();
                        id = key.getLong(1);
                    }
                }
                newIds.put(old.getLong("id"), id);
                try (PreparedStatement file = db.prepareStatement("insert into rule_file (rule_set_version_id, path, "
                        + "content) values (?, 'matching/matching.yaml', ?)")) {
                    file.setLong(1, id);
                    file.setString(2, Base64.getEncoder().encodeToString(bytes));
                    file.executeUpdate();
                }
            }
        }
        copyAuthors(db, newIds);
        copyActive(db, newIds);
        try (Statement drop = db.createStatement()) {
            drop.execute("drop table active_matching_policy");
            drop.execute("drop table matching_policy_version_author");
            drop.execute("drop table matching_policy_version");
        }
    }

    private static void copyAuthors(Connection db, Map<Long, Long> newIds) throws Exception {
        try (Statement select = db.createStatement();
                ResultSet authors = select.executeQuery("select policy_version_id, actor from "
                        + "matching_policy_version_author");
                PreparedStatement insert = db.prepareStatement("insert into rule_set_version_author "
                        + "(rule_set_version_id, actor) values (?, ?)")) {
            while (authors.next()) {
                insert.setLong(1, newIds.get(authors.getLong(1)));
                insert.setString(2, authors.getString(2));
                insert.executeUpdate();
            }
        }
    }

    private static void copyActive(Connection db, Map<Long, Long> newIds) throws Exception {
        try (Statement select = db.createStatement();
                ResultSet active = select.executeQuery("select policy_version_id, activated_at, activated_by from "
                        + "active_matching_policy");
                PreparedStatement insert = db.prepareStatement("insert into active_rule_set (kind, version, "
                        + "rule_set_version_id, activated_at, activated_by) values ('matching', 0, ?, ?, ?)")) {
            if (active.next()) {
                insert.setLong(1, newIds.get(active.getLong(1)));
                insert.setTimestamp(2, active.getTimestamp(2));
                insert.setString(3, active.getString(3));
                insert.executeUpdate();
            }
        }
    }
}
