package vn.nscl.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates many submitted assessments quickly with batched SQL (accounts, enterprises, assessments and their
 * dimension scores), for benchmarks that need realistic volumes. Deterministic for a given seed.
 */
final class BenchmarkData {

    static final String[] DIMENSIONS = {"LEAD", "QMS", "LEAN", "INNO", "DIGI", "TRACE", "GREEN", "PEOPLE"};

    private BenchmarkData() {
    }

    /** {@code count} enterprises of one sector, each with one latest submitted quick check. */
    static void submittedAssessments(JdbcTemplate jdbc, String sector, int count, long seed) {
        long questionnaireId = jdbc.queryForObject("select id from questionnaire_version where code = 'quick' "
                + "order by version desc fetch first 1 rows only", Long.class);
        String hash = jdbc.queryForObject("select password_hash from user_account where email = 'admin@example.com'",
                String.class);
        Random random = new Random(seed);
        Timestamp now = Timestamp.from(Instant.now());
        int batch = 1000;
        for (int start = 0; start < count; start += batch) {
            int end = Math.min(count, start + batch);
            List<Object[]> accounts = new ArrayList<>();
            for (int i = start; i < end; i++) {
                accounts.add(new Object[] {"bench-" + seed + "-" + i + "@example.vn", hash, "Benchmark " + i, now});
            }
            jdbc.batchUpdate("insert into user_account (version, email, password_hash, display_name, "
                    + "preferred_language, enabled, failed_login_count, created_at) values (0, ?, ?, ?, 'vi', true, 0, ?)",
                    accounts);
            List<Object[]> enterprises = new ArrayList<>();
            for (int i = start; i < end; i++) {
                enterprises.add(new Object[] {"Doanh nghiệp " + i, String.valueOf(5_000_000_000L + seed * 1_000_000 + i),
                        "bench-" + seed + "-" + i + "@example.vn", sector, now, "bench-" + seed + "-" + i + "@example.vn"});
            }
            jdbc.batchUpdate("insert into enterprise (version, account_id, name, enterprise_code, enterprise_type, "
                    + "commune_code, contact_person, email, phone, sector_code, food_producer, registered_at) "
                    + "select 0, a.id, ?, ?, 'ENTERPRISE', '19363', 'Benchmark', ?, '0905000000', ?, false, ? "
                    + "from user_account a where a.email = ?", enterprises);
            List<Long> enterpriseIds = jdbc.queryForList("select e.id from enterprise e join user_account a on "
                    + "a.id = e.account_id where a.email like ? order by e.id", Long.class,
                    "bench-" + seed + "-%").subList(start, end);
            List<Object[]> assessments = new ArrayList<>();
            for (long enterpriseId : enterpriseIds) {
                assessments.add(new Object[] {enterpriseId, questionnaireId, now, now, now, sector,
                        20 + random.nextInt(60)});
            }
            jdbc.batchUpdate("insert into assessment (version, enterprise_id, questionnaire_version_id, status, "
                    + "assessment_year, current_step, started_at, updated_at, submitted_at, sector_code, food_producer, "
                    + "household, overall_score, maturity_level, latest) values (0, ?, ?, 'SUBMITTED', 2026, 0, ?, ?, ?, "
                    + "?, false, false, ?, 2, true)", assessments);
            List<Long> assessmentIds = jdbc.queryForList("select id from assessment where enterprise_id between ? and ? "
                    + "order by id", Long.class, enterpriseIds.getFirst(), enterpriseIds.getLast());
            List<Object[]> scores = new ArrayList<>();
            for (long assessmentId : assessmentIds) {
                for (String dimension : DIMENSIONS) {
                    scores.add(new Object[] {assessmentId, dimension, random.nextInt(101), 3});
                }
            }
            jdbc.batchUpdate("insert into assessment_dimension_score (assessment_id, dimension, score, answered) "
                    + "values (?, ?, ?, ?)", scores);
        }
    }

    /** Answers (level 0–4, at random) to the given questions for every assessment generated with this seed. */
    static void answers(JdbcTemplate jdbc, long seed, List<String> questionCodes) {
        List<Long> assessmentIds = jdbc.queryForList("select s.id from assessment s join enterprise e on "
                + "e.id = s.enterprise_id join user_account a on a.id = e.account_id where a.email like ? order by s.id",
                Long.class, "bench-" + seed + "-%");
        Random random = new Random(seed);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (long assessmentId : assessmentIds) {
            for (String code : questionCodes) {
                rows.add(new Object[] {assessmentId, code, random.nextInt(5), now});
            }
            if (rows.size() >= 20_000) {
                insertAnswers(jdbc, rows);
                rows.clear();
            }
        }
        insertAnswers(jdbc, rows);
    }

    private static void insertAnswers(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("insert into assessment_answer (version, assessment_id, question_code, answer_level, "
                + "not_applicable, answered_at) values (0, ?, ?, ?, false, ?)", rows);
    }
}
