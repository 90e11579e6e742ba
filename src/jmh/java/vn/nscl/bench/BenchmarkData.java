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
                enterprises.add(new Object[] {"Doanh nghiệp " + i, "doanh nghiep " + i, String.valueOf(5_000_000_000L + seed * 1_000_000 + i),
                        "bench-" + seed + "-" + i + "@example.vn", sector, now, "bench-" + seed + "-" + i + "@example.vn"});
            }
            jdbc.batchUpdate("insert into enterprise (version, account_id, name, search_name, enterprise_code, enterprise_type, "
                    + "commune_code, contact_person, email, phone, sector_code, food_producer, registered_at) "
                    + "select 0, a.id, ?, ?, ?, 'ENTERPRISE', '19363', 'Benchmark', ?, '0905000000', ?, false, ? "
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
    /**
     * The province at scale for the plan's reports: {@code enterprises} enterprises spread over the served communes
     * and all sectors, each with {@code perEnterprise} submitted assessments in successive years up to this one (the
     * last marked latest), a recommendation on every second assessment, approved applications for one enterprise in
     * fifty, completed expert engagements for one in a hundred, and a course attended by one in forty.
     */
    static void province(JdbcTemplate jdbc, int enterprises, int perEnterprise, long seed) {
        long questionnaireId = jdbc.queryForObject("select id from questionnaire_version where code = 'quick' "
                + "order by version desc fetch first 1 rows only", Long.class);
        long ruleSetId = jdbc.queryForObject("select id from rule_set_version order by id fetch first 1 rows only",
                Long.class);
        String hash = jdbc.queryForObject("select password_hash from user_account where email = 'admin@example.com'",
                String.class);
        List<String> communes = jdbc.queryForList("select code from commune where province_code = '44'", String.class);
        List<String> sectors = jdbc.queryForList("select code from vsic_section", String.class);
        String[] programmes = {"P2", "P3", "P4", "P6", "P7", "MODEL", "PILOT", "PLAN"};
        Random random = new Random(seed);
        int thisYear = java.time.Year.now().getValue();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into training_course (version, title, topic, description, starts_on, place, online, "
                + "capacity, cancelled, created_at, created_by) values (0, 'Benchmark', 'AWARENESS', '', ?, 'Đông Hà', "
                + "false, 1000, false, ?, 'bench')", java.sql.Date.valueOf(java.time.LocalDate.now().minusMonths(3)),
                now);
        long courseId = jdbc.queryForObject("select max(id) from training_course", Long.class);
        int batch = 2000;
        for (int start = 0; start < enterprises; start += batch) {
            int end = Math.min(enterprises, start + batch);
            List<Object[]> accounts = new ArrayList<>();
            List<Object[]> rows = new ArrayList<>();
            for (int i = start; i < end; i++) {
                String email = "province-" + seed + "-" + i + "@example.vn";
                accounts.add(new Object[] {email, hash, "Doanh nghiệp " + i, now});
                rows.add(new Object[] {"Doanh nghiệp " + i, "doanh nghiep " + i, String.valueOf(6_000_000_000L + seed * 1_000_000 + i),
                        communes.get(random.nextInt(communes.size())), email,
                        sectors.get(random.nextInt(sectors.size())), now, email});
            }
            jdbc.batchUpdate("insert into user_account (version, email, password_hash, display_name, "
                    + "preferred_language, enabled, failed_login_count, created_at) values (0, ?, ?, ?, 'vi', true, 0, ?)",
                    accounts);
            jdbc.batchUpdate("insert into enterprise (version, account_id, name, search_name, enterprise_code, enterprise_type, "
                    + "commune_code, contact_person, email, phone, sector_code, food_producer, registered_at) "
                    + "select 0, a.id, ?, ?, ?, 'ENTERPRISE', ?, 'Benchmark', ?, '0905000000', ?, false, ? "
                    + "from user_account a where a.email = ?", rows);
            List<Long> ids = jdbc.queryForList("select e.id from enterprise e join user_account a on a.id = e.account_id "
                    + "where a.email like ? order by e.id", Long.class, "province-" + seed + "-%").subList(start, end);
            List<Object[]> assessments = new ArrayList<>();
            List<Object[]> applications = new ArrayList<>();
            List<Object[]> requests = new ArrayList<>();
            List<Object[]> trainees = new ArrayList<>();
            for (long id : ids) {
                int score = 15 + random.nextInt(50);
                for (int k = 0; k < perEnterprise; k++) {
                    int year = thisYear - perEnterprise + 1 + k;
                    Timestamp at = Timestamp.from(java.time.LocalDate.of(year, 1 + random.nextInt(10), 1 + random.nextInt(28))
                            .atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
                    score = Math.min(100, score + random.nextInt(12));
                    assessments.add(new Object[] {id, questionnaireId, year, at, at, at, score, (score * 4 + 50) / 100,
                            k == perEnterprise - 1});
                }
                if (random.nextInt(50) == 0) {
                    Timestamp decided = Timestamp.from(java.time.LocalDate.of(2021 + random.nextInt(thisYear - 2020),
                            1 + random.nextInt(12), 1 + random.nextInt(28)).atStartOfDay(java.time.ZoneOffset.UTC)
                            .toInstant());
                    applications.add(new Object[] {id, programmes[random.nextInt(programmes.length)], decided, decided,
                            decided});
                }
                if (random.nextInt(100) == 0) {
                    requests.add(new Object[] {id, now, now, now});
                }
                if (random.nextInt(40) == 0) {
                    trainees.add(new Object[] {courseId, id, "Học viên " + id, now});
                }
            }
            jdbc.batchUpdate("insert into assessment (version, enterprise_id, questionnaire_version_id, status, "
                    + "assessment_year, current_step, started_at, updated_at, submitted_at, sector_code, food_producer, "
                    + "household, overall_score, maturity_level, latest) values (0, ?, ?, 'SUBMITTED', ?, 0, ?, ?, ?, "
                    + "'C', false, false, ?, ?, ?)", assessments);
            jdbc.batchUpdate("insert into support_application (version, enterprise_id, programme_code, title, "
                    + "objectives, expected_results, timeline, status, requested_total, own_total, approved_amount, "
                    + "created_at, submitted_at, decided_at) values (0, ?, ?, 'Dự án', '-', '-', '-', 'APPROVED', 100, 30, "
                    + "100, ?, ?, ?)", applications);
            jdbc.batchUpdate("insert into support_request (version, enterprise_id, item_code, need, mode, language, "
                    + "status, created_at, accepted_at, completed_at) values (0, ?, '5S', '-', 'ON_SITE', 'vi', "
                    + "'COMPLETED', ?, ?, ?)", requests);
            jdbc.batchUpdate("insert into training_registration (version, course_id, enterprise_id, staff_name, "
                    + "registered_at, attended) values (0, ?, ?, ?, ?, true)", trainees);
            jdbc.update("insert into recommendation (assessment_id, rule_set_version_id, rank, item_code, programme, "
                    + "priority, rule_name, reason_vi, reason_en, computed_at) select a.id, ?, 1, '5S', false, 1, "
                    + "'bench', '-', '-', ? from assessment a where a.enterprise_id between ? and ? and mod(a.id, 2) = 0",
                    ruleSetId, now, ids.getFirst(), ids.getLast());
        }
    }
}
