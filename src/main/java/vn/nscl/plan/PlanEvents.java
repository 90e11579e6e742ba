package vn.nscl.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nscl.shared.ui.Formats;

/**
 * Reads the records behind each platform metric straight from the other modules' tables. A report reads across the
 * whole platform at once; going through each module's services would load tens of thousands of entities for a count
 * (ADR 010). Only counts and names leave here, and only to the plan's services.
 */
@Component
class PlanEvents {

    private static final String APPROVED = "a.status in " + PlanStatistics.GRANTED + " and a.decided_at is not null";

    private final JdbcClient jdbc;

    PlanEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PlanEvent> of(Metric metric) {
        return switch (metric) {
            case CERTIFIED_EXPERTS -> jdbc.sql("""
                    select x.id, x.full_name, c.reviewed_at, c.expires_on from expert x
                    join expert_certificate c on c.expert_id = x.id
                    where x.profile_status = 'VERIFIED' and x.erased_at is null and c.kind = 'PRODUCTIVITY_EXPERT'
                      and c.status = 'VERIFIED' and c.reviewed_at is not null""")
                    .query((rs, n) -> new PlanEvent("expert-" + rs.getLong(1), null, day(rs, 3),
                            rs.getObject(4, LocalDate.class), rs.getString(2), "experts/" + rs.getLong(1))).list();
            case TRAINED_ENTERPRISES, TRAINED_STAFF_PER_ENTERPRISE -> jdbc.sql("""
                    select r.enterprise_id, e.name, c.starts_on, r.staff_name, c.title from training_registration r
                    join training_course c on c.id = r.course_id join enterprise e on e.id = r.enterprise_id
                    where r.attended = true and c.cancelled = false""")
                    .query((rs, n) -> metric == Metric.TRAINED_ENTERPRISES
                            ? new PlanEvent("enterprise-" + rs.getLong(1), null, rs.getObject(3, LocalDate.class),
                                    rs.getString(2) + " · " + rs.getString(5), "enterprises/" + rs.getLong(1))
                            : new PlanEvent(rs.getLong(1) + "/" + rs.getString(4), "enterprise-" + rs.getLong(1),
                                    rs.getObject(3, LocalDate.class), rs.getString(2) + " · " + rs.getString(4),
                                    "enterprises/" + rs.getLong(1))).list();
            case SUPPORTED_ENTERPRISES -> jdbc.sql("""
                    select a.enterprise_id, e.name, a.decided_at, a.id, 'A', a.programme_code from support_application a
                    join enterprise e on e.id = a.enterprise_id where\s""" + APPROVED + """
                     union all
                    select r.enterprise_id, e.name, r.completed_at, r.id, 'R', r.item_code from support_request r
                    join enterprise e on e.id = r.enterprise_id
                    where r.status = 'COMPLETED' and r.completed_at is not null""")
                    .query((rs, n) -> new PlanEvent("enterprise-" + rs.getLong(1), null, day(rs, 3),
                            rs.getString(2) + " · " + rs.getString(6),
                            ("A".equals(rs.getString(5)) ? "applications/" : "requests/") + rs.getLong(4))).list();
            case MODEL_ENTERPRISES -> approvedIn("MODEL", false);
            case PILOT_PROJECTS -> approvedIn("PILOT", true);
            case PRODUCTIVITY_PLANS -> approvedIn("PLAN", false);
            case PROGRAMME_P4 -> approvedIn("P4", false);
            case PROGRAMME_P6 -> approvedIn("P6", false);
            case PROGRAMME_P7 -> approvedIn("P7", false);
            case APPLICATION_REPORTS -> jdbc.sql("""
                    select r.id, e.name, r.reported_at, 'R' from support_request r
                    join enterprise e on e.id = r.enterprise_id where r.reported_at is not null
                    union all
                    select a.id, e.name, p.submitted_at, 'A' from application_report p
                    join support_application a on a.id = p.application_id join enterprise e on e.id = a.enterprise_id
                    where p.kind = 'COMPLETION'""")
                    .query((rs, n) -> new PlanEvent(rs.getString(4) + rs.getLong(1), null, day(rs, 3),
                            rs.getString(2), ("A".equals(rs.getString(4)) ? "applications/" : "requests/")
                                    + rs.getLong(1))).list();
        };
    }

    /** Approved applications of one programme: one per enterprise, or every project when projects are counted. */
    private List<PlanEvent> approvedIn(String programme, boolean eachProject) {
        return jdbc.sql("""
                select a.id, a.enterprise_id, e.name, a.decided_at, a.title from support_application a
                join enterprise e on e.id = a.enterprise_id where a.programme_code = :programme and\s""" + APPROVED)
                .param("programme", programme)
                .query((rs, n) -> new PlanEvent(eachProject ? "application-" + rs.getLong(1)
                        : "enterprise-" + rs.getLong(2), null, day(rs, 4), rs.getString(3) + " · " + rs.getString(5),
                        "applications/" + rs.getLong(1))).list();
    }

    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        return Formats.day(rs.getObject(column, OffsetDateTime.class).toInstant());
    }
}
