package vn.nscl.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.Formats;

/**
 * Doanh nghiệp điển hình: model enterprises (approved in the model enterprise programme) that agreed to it are shown
 * publicly with their results before and after. Nothing is shown without the enterprise's own consent, which it can
 * withdraw at any time.
 */
@Service
public class ShowcaseService {

    /** Whether enterprise {@code e} is a model enterprise: its application to the MODEL programme was granted. */
    private static final String MODEL_APPROVAL = "select 1 from support_application a where a.enterprise_id = e.id "
            + "and a.programme_code = 'MODEL' and a.status in " + PlanStatistics.GRANTED;

    private final JdbcClient jdbc;
    private final EnterpriseService enterprises;
    private final AuditLog audit;
    private final Clock clock;

    ShowcaseService(JdbcClient jdbc, EnterpriseService enterprises, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The public showcase: consenting model enterprises with at least one scored full assessment, its first and
     * latest compared (like with like: quick checks ask other questions).
     */
    @Transactional(readOnly = true)
    public List<ShowcaseEntry> showcase() {
        List<ShowcaseEntry> entries = new ArrayList<>();
        jdbc.sql("""
                select e.id, e.name, e.commune_code, e.sector_code from enterprise e
                join showcase_consent c on c.enterprise_id = e.id
                where exists (""" + MODEL_APPROVAL + """
                ) order by e.name""").query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)}).list().forEach(row -> {
                            List<ShowcaseEntry.Snapshot> snapshots = snapshots((Long) row[0]);
                            if (!snapshots.isEmpty()) {
                                entries.add(new ShowcaseEntry((Long) row[0], (String) row[1], (String) row[2],
                                        (String) row[3], snapshots.getFirst(), snapshots.getLast()));
                            }
                        });
        return entries;
    }

    /** Whether the signed-in enterprise is a model enterprise, and whether it shows itself on the showcase. */
    public record MyShowcase(boolean model, boolean consented) {
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional(readOnly = true)
    public MyShowcase mine() {
        Optional<EnterpriseSummary> me = enterprises.mine();
        if (me.isEmpty()) {
            return new MyShowcase(false, false);
        }
        return new MyShowcase(isModel(me.get().id()), consented(me.get().id()));
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void consent(boolean show) {
        EnterpriseSummary me = enterprises.mine().orElseThrow(() -> new UserFacingException("error.not-found"));
        if (!isModel(me.id())) {
            throw new UserFacingException("showcase.error.not-model");
        }
        if (show && !consented(me.id())) {
            try {
                jdbc.sql("insert into showcase_consent (enterprise_id, consented_at, consented_by) "
                        + "values (:id, :at, :by)").param("id", me.id()).param("at", OffsetDateTime.now(clock))
                        .param("by", SignedIn.actor()).update();
            } catch (org.springframework.dao.DataIntegrityViolationException twice) {
                // given at the same moment in another tab
                throw new UserFacingException("error.changed-meanwhile");
            }
            audit.record(PlanAuditActions.SHOWCASE_CONSENT, "enterprise", me.id(), "hiện trên trang doanh nghiệp điển hình");
        } else if (!show && consented(me.id())) {
            jdbc.sql("delete from showcase_consent where enterprise_id = :id").param("id", me.id()).update();
            audit.record(PlanAuditActions.SHOWCASE_WITHDRAWN, "enterprise", me.id(), "gỡ khỏi trang doanh nghiệp điển hình");
        }
    }

    private boolean isModel(long enterpriseId) {
        return jdbc.sql("select count(*) from enterprise e where e.id = :id and exists (" + MODEL_APPROVAL + ")")
                .param("id", enterpriseId).query(Long.class).single() > 0;
    }

    private boolean consented(long enterpriseId) {
        return jdbc.sql("select count(*) from showcase_consent where enterprise_id = :id").param("id", enterpriseId)
                .query(Long.class).single() > 0;
    }

    private List<ShowcaseEntry.Snapshot> snapshots(long enterpriseId) {
        List<Object[]> assessments = jdbc.sql("""
                select a.id, a.submitted_at, a.overall_score, a.maturity_level from assessment a
                join questionnaire_version q on q.id = a.questionnaire_version_id
                where a.enterprise_id = :id and a.status = 'SUBMITTED' and q.code = 'full'
                  and a.overall_score is not null
                order by a.submitted_at""")
                .param("id", enterpriseId).query((rs, n) -> new Object[] {rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class), rs.getBigDecimal(3), rs.getObject(4, Integer.class)})
                .list();
        if (assessments.isEmpty()) {
            return List.of();
        }
        List<Object[]> ends = new ArrayList<>();
        ends.add(assessments.getFirst());
        if (assessments.size() > 1) {
            ends.add(assessments.getLast());
        }
        List<ShowcaseEntry.Snapshot> result = new ArrayList<>();
        for (Object[] a : ends) {
            Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
            jdbc.sql("select dimension, score from assessment_dimension_score where assessment_id = :id "
                    + "order by dimension").param("id", a[0])
                    .query(rs -> {
                        dimensions.put(rs.getString(1), rs.getBigDecimal(2));
                    });
            result.add(new ShowcaseEntry.Snapshot(Formats.day(((OffsetDateTime) a[1]).toInstant()), (BigDecimal) a[2],
                    (Integer) a[3], dimensions));
        }
        return result;
    }
}
