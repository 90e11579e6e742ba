package vn.nscl.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nscl.shared.ui.Formats;

/**
 * Aggregates over all enterprises and assessments, computed by the database (tens of thousands of rows never leave
 * it): a year's cells by commune and sector, the funnel, the programmes' year. {@link StatisticsSnapshot} stores
 * the results for the screens and the open data.
 */
@Component
class PlanStatistics {

    /** The states of an application that has been granted support (approved, then possibly completed). */
    static final String GRANTED = "('APPROVED', 'COMPLETED')";

    /** Enterprises supported (approved application or completed engagement) and when, one row per support. */
    private static final String SUPPORT = """
            select enterprise_id, decided_at as at from support_application
            where status in """ + GRANTED + """
             and decided_at is not null
            union all
            select enterprise_id, completed_at as at from support_request
            where status = 'COMPLETED' and completed_at is not null""";

    /**
     * Only enterprises DOST verified count in the figures: the enterprise module publishes them as the read view
     * {@code counted_enterprise} (the plan reads that view, not the enterprise table).
     */
    private static final String COUNTED = "join counted_enterprise c on c.id = a.enterprise_id ";

    private final JdbcClient jdbc;

    PlanStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One commune × sector cell of a year, computed from the records. */
    record Cell(String commune, String sector, int registered, int assessed, int scored, BigDecimal scoreSum,
            int mature, int[] levels, int supported) {
    }

    /**
     * A year's cells: enterprises registered by its end, those assessed in it with their last assessment's index and
     * maturity level (one per enterprise), and those supported in it, per commune and sector.
     */
    List<Cell> cells(int year) {
        Map<String, Cell> cells = new HashMap<>();
        jdbc.sql("select commune_code, sector_code, count(*) from counted_enterprise where registered_at < :end "
                + "group by commune_code, sector_code").param("end", startOf(year + 1)).query(rs -> {
                    merge(cells, rs.getString(1), rs.getString(2), rs.getInt(3), 0, 0, BigDecimal.ZERO, 0,
                            new int[5], 0);
                });
        jdbc.sql("""
                select e.commune_code, e.sector_code, count(*), count(t.overall_score), sum(t.overall_score),
                  sum(case when t.maturity_level >= 3 then 1 else 0 end),
                  sum(case when t.maturity_level = 0 then 1 else 0 end),
                  sum(case when t.maturity_level = 1 then 1 else 0 end),
                  sum(case when t.maturity_level = 2 then 1 else 0 end),
                  sum(case when t.maturity_level = 3 then 1 else 0 end),
                  sum(case when t.maturity_level = 4 then 1 else 0 end)
                from (select enterprise_id, overall_score, maturity_level,
                        row_number() over (partition by enterprise_id order by submitted_at desc, id desc) as place
                      from assessment where status = 'SUBMITTED' and assessment_year = :year) t
                join counted_enterprise e on e.id = t.enterprise_id
                where t.place = 1 group by e.commune_code, e.sector_code""").param("year", year).query(rs -> {
                    BigDecimal sum = rs.getBigDecimal(5);
                    merge(cells, rs.getString(1), rs.getString(2), 0, rs.getInt(3), rs.getInt(4),
                            sum == null ? BigDecimal.ZERO : sum, rs.getInt(6), new int[] {rs.getInt(7), rs.getInt(8),
                                    rs.getInt(9), rs.getInt(10), rs.getInt(11)}, 0);
                });
        jdbc.sql("select e.commune_code, e.sector_code, count(distinct s.enterprise_id) from (" + SUPPORT + ") s "
                + "join counted_enterprise e on e.id = s.enterprise_id where s.at >= :start and s.at < :end "
                + "group by e.commune_code, e.sector_code")
                .param("start", startOf(year)).param("end", startOf(year + 1)).query(rs -> {
                    merge(cells, rs.getString(1), rs.getString(2), 0, 0, 0, BigDecimal.ZERO, 0, new int[5],
                            rs.getInt(3));
                });
        return List.copyOf(cells.values());
    }

    private static void merge(Map<String, Cell> cells, String commune, String rawSector, int registered, int assessed,
            int scored, BigDecimal scoreSum, int mature, int[] levels, int supported) {
        String sector = rawSector == null ? "" : rawSector;
        cells.merge(commune + "/" + sector, new Cell(commune, sector, registered, assessed, scored, scoreSum, mature,
                levels, supported), (a, b) -> {
                    int[] sum = new int[5];
                    for (int i = 0; i < 5; i++) {
                        sum[i] = a.levels()[i] + b.levels()[i];
                    }
                    return new Cell(commune, sector, a.registered() + b.registered(), a.assessed() + b.assessed(),
                            a.scored() + b.scored(), a.scoreSum().add(b.scoreSum()), a.mature() + b.mature(), sum,
                            a.supported() + b.supported());
                });
    }

    Funnel funnel(int year) {
        OffsetDateTime end = startOf(year + 1);
        long assessed = count("select count(distinct a.enterprise_id) from assessment a " + COUNTED
                + "where a.status = 'SUBMITTED' and a.submitted_at < :end", end);
        long recommended = count("select count(distinct a.enterprise_id) from assessment a " + COUNTED
                + "where a.status = 'SUBMITTED' and a.submitted_at < :end "
                + "and exists (select 1 from recommendation r where r.assessment_id = a.id)", end);
        long matched = count("select count(distinct a.enterprise_id) from support_request a " + COUNTED
                + "where a.accepted_at is not null and a.accepted_at < :end", end);
        List<BigDecimal[]> pairs = jdbc.sql("""
                select s.enterprise_id,
                  (select a.overall_score from assessment a where a.enterprise_id = s.enterprise_id
                     and a.status = 'SUBMITTED' and a.submitted_at <= s.first_at
                     order by a.submitted_at desc fetch first 1 rows only) as before_score,
                  (select a.overall_score from assessment a where a.enterprise_id = s.enterprise_id
                     and a.status = 'SUBMITTED' and a.submitted_at > s.first_at and a.submitted_at < :end
                     order by a.submitted_at desc fetch first 1 rows only) as after_score
                from (select enterprise_id, min(at) as first_at from (""" + SUPPORT + """
                ) u where at < :end group by enterprise_id) s
                join counted_enterprise c on c.id = s.enterprise_id""").param("end", end)
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3)}).list();
        long reassessed = pairs.stream().filter(p -> p[1] != null).count();
        List<BigDecimal[]> both = pairs.stream().filter(p -> p[0] != null && p[1] != null).toList();
        return new Funnel(assessed, recommended, matched, pairs.size(), reassessed, average(both, 0),
                average(both, 1));
    }

    /** Per programme code: applications submitted in the year, approved in it, and the amount approved. */
    Map<String, Object[]> programmeYear(int year) {
        Map<String, Object[]> result = new HashMap<>();
        jdbc.sql("""
                select programme_code,
                  count(case when submitted_at >= :start and submitted_at < :end then 1 end),
                  count(case when status in """ + GRANTED + """
                 and decided_at >= :start and decided_at < :end then 1 end),
                  sum(case when status in """ + GRANTED + """
                 and decided_at >= :start and decided_at < :end then approved_amount end)
                from support_application group by programme_code""")
                .param("start", startOf(year)).param("end", startOf(year + 1))
                .query(rs -> {
                    result.put(rs.getString(1), new Object[] {rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4)});
                });
        return result;
    }

    private long count(String sql, OffsetDateTime end) {
        return jdbc.sql(sql).param("end", end).query(Long.class).single();
    }

    private static BigDecimal average(List<BigDecimal[]> pairs, int index) {
        if (pairs.isEmpty()) {
            return null;
        }
        BigDecimal sum = pairs.stream().map(p -> p[index]).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(pairs.size()), 1, RoundingMode.HALF_UP);
    }

    private static String key(String code) {
        return code == null ? "" : code;
    }

    static OffsetDateTime startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(Formats.VIETNAM).toOffsetDateTime();
    }
}
