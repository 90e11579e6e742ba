package vn.nscl;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * V28 and V29 give the notes and timeline steps written before them the account of whoever wrote them, but only
 * where the name tells exactly one account that could have written it then (Vietnamese names repeat; an account made
 * later, or one erased since, is not a candidate), so no record is pinned on the wrong person.
 */
class ActorAccountsMigrationTest {

    private static final Instant THEN = Instant.parse("2025-06-01T03:00:00Z");

    private final SimpleDriverDataSource database = new SimpleDriverDataSource(new org.h2.Driver(),
            "jdbc:h2:mem:actors-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    @AfterEach
    void dropDatabase() {
        jdbc.execute("shutdown");
    }

    @Test
    void old_notes_and_steps_get_their_authors_account_only_where_one_account_could_have_written_them() {
        migrate("27");
        long hoa = account("hoa@sokhcn.example.vn", "Lê Thị Hoa", THEN.minusSeconds(86_400), false);
        account("binh1@sokhcn.example.vn", "Trần Văn Bình", THEN.minusSeconds(86_400), false);
        account("binh2@sokhcn.example.vn", "Trần Văn Bình", THEN.minusSeconds(86_400), false);
        long noName = account("khong-ten@sokhcn.example.vn", "", THEN.minusSeconds(86_400), false);
        account("lan-moi@sokhcn.example.vn", "Võ Thị Lan", THEN.plusSeconds(86_400), false);
        account("lan-cu@sokhcn.example.vn", "Đỗ Minh Tâm", THEN.minusSeconds(86_400), true);
        long enterprise = enterprise();
        long request = request(enterprise);
        String[] writers = {"Lê Thị Hoa", "Trần Văn Bình", "khong-ten@sokhcn.example.vn", "Võ Thị Lan", "Đỗ Minh Tâm"};
        long[] notes = new long[writers.length];
        long[] steps = new long[writers.length];
        for (int i = 0; i < writers.length; i++) {
            notes[i] = note(enterprise, writers[i]);
            steps[i] = step(request, writers[i]);
        }

        migrate("29");

        Long[] expected = {hoa, null, noName, null, null};
        for (int i = 0; i < writers.length; i++) {
            assertThat(jdbc.queryForObject("select written_by_account_id from enterprise_note where id = ?",
                    Long.class, notes[i])).as("note by %s", writers[i]).isEqualTo(expected[i]);
            assertThat(jdbc.queryForObject("select actor_account_id from request_event where id = ?", Long.class,
                    steps[i])).as("step by %s", writers[i]).isEqualTo(expected[i]);
        }
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load().migrate();
    }

    private long account(String email, String name, Instant created, boolean erased) {
        jdbc.update("insert into user_account (version, email, password_hash, display_name, preferred_language, "
                + "enabled, failed_login_count, created_at, erased_at) values (0, ?, 'x', ?, 'vi', true, 0, ?, ?)",
                email, name, Timestamp.from(created), erased ? Timestamp.from(THEN.plusSeconds(60)) : null);
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    private long enterprise() {
        jdbc.update("insert into province (code, name, place_type) values ('99', 'Tỉnh thử', 'Tỉnh')");
        jdbc.update("insert into commune (code, name, province_code) values ('99001', 'Xã thử', '99')");
        jdbc.update("insert into enterprise (version, name, search_name, enterprise_code, enterprise_type, "
                + "commune_code, contact_person, phone, registered_at) values (0, 'Công ty A', 'cong ty a', "
                + "'3200000001', 'ENTERPRISE', '99001', 'Chị A', '0233', current_timestamp)");
        return jdbc.queryForObject("select max(id) from enterprise", Long.class);
    }

    private long request(long enterprise) {
        jdbc.update("insert into support_request (version, enterprise_id, item_code, need, mode, language, status, "
                + "created_at) values (0, ?, 'ISO_9001', 'Cần chuyên gia', 'ON_SITE', 'VI', 'OPEN', ?)", enterprise,
                Timestamp.from(THEN));
        return jdbc.queryForObject("select max(id) from support_request", Long.class);
    }

    private long note(long enterprise, String writtenBy) {
        jdbc.update("insert into enterprise_note (enterprise_id, body, written_at, written_by) values (?, 'Ghi chú', ?, "
                + "?)", enterprise, Timestamp.from(THEN), writtenBy);
        return jdbc.queryForObject("select max(id) from enterprise_note", Long.class);
    }

    private long step(long request, String actor) {
        jdbc.update("insert into request_event (request_id, at, kind, actor) values (?, ?, 'CREATED', ?)", request,
                Timestamp.from(THEN), actor);
        return jdbc.queryForObject("select max(id) from request_event", Long.class);
    }
}
