package vn.nscl.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * V28 gives the notes written before it their author's account where the name tells exactly one account, and leaves
 * it empty where two accounts share the name (Vietnamese names repeat), so no note is pinned on the wrong officer.
 */
class NoteAuthorsMigrationTest {

    @Test
    void old_notes_get_their_authors_account_only_where_the_name_is_unambiguous() {
        SimpleDriverDataSource database = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:v28-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        migrate(database, "27");
        long hoa = account(jdbc, "hoa@sokhcn.example.vn", "Lê Thị Hoa");
        account(jdbc, "binh1@sokhcn.example.vn", "Trần Văn Bình");
        account(jdbc, "binh2@sokhcn.example.vn", "Trần Văn Bình");
        long noName = account(jdbc, "khong-ten@sokhcn.example.vn", "");
        jdbc.update("insert into province (code, name, place_type) values ('99', 'Tỉnh thử', 'Tỉnh')");
        jdbc.update("insert into commune (code, name, province_code) values ('99001', 'Xã thử', '99')");
        jdbc.update("insert into enterprise (version, name, search_name, enterprise_code, enterprise_type, "
                + "commune_code, contact_person, phone, registered_at) values (0, 'Công ty A', 'cong ty a', "
                + "'3200000001', 'ENTERPRISE', '99001', 'Chị A', '0233', current_timestamp)");
        long enterprise = jdbc.queryForObject("select max(id) from enterprise", Long.class);
        long byHoa = note(jdbc, enterprise, "Lê Thị Hoa");
        long byABinh = note(jdbc, enterprise, "Trần Văn Bình");
        long byEmail = note(jdbc, enterprise, "khong-ten@sokhcn.example.vn");
        long byNobodyNow = note(jdbc, enterprise, "Cán bộ đã đổi tên");

        migrate(database, "28");

        assertThat(author(jdbc, byHoa)).isEqualTo(hoa);
        assertThat(author(jdbc, byABinh)).isNull();
        assertThat(author(jdbc, byEmail)).isEqualTo(noName);
        assertThat(author(jdbc, byNobodyNow)).isNull();
    }

    private static void migrate(SimpleDriverDataSource database, String target) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load().migrate();
    }

    private static long account(JdbcTemplate jdbc, String email, String name) {
        jdbc.update("insert into user_account (version, email, password_hash, display_name, preferred_language, "
                + "enabled, failed_login_count, created_at) values (0, ?, 'x', ?, 'vi', true, 0, current_timestamp)",
                email, name);
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    private static long note(JdbcTemplate jdbc, long enterprise, String writtenBy) {
        jdbc.update("insert into enterprise_note (enterprise_id, body, written_at, written_by) "
                + "values (?, 'Ghi chú', current_timestamp, ?)", enterprise, writtenBy);
        return jdbc.queryForObject("select max(id) from enterprise_note", Long.class);
    }

    private static Long author(JdbcTemplate jdbc, long note) {
        return jdbc.queryForObject("select written_by_account_id from enterprise_note where id = ?", Long.class, note);
    }
}
