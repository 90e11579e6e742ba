package vn.nscl.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;

import vn.nscl.audit.AuditLog;
import vn.nscl.testsupport.KaribuTest;

/** The administrator's audit log: a page at a time, counted when filtered by action, not counted for a text. */
class AuditLogViewTest extends KaribuTest {

    @Autowired
    AuditLog audit;

    @Test
    void an_administrator_finds_an_entry_by_a_word_of_it_in_any_case_and_by_its_action() {
        String marker = "tim-kiem-" + UUID.randomUUID();
        signInAs("admin@example.com");
        audit.record("TEST_ACTION", "thing", 7, "Ghi chú " + marker);
        UI.getCurrent().navigate("admin/audit");
        AuditLogView view = _get(AuditLogView.class);

        view.text.setValue(marker.toUpperCase());
        assertThat(GridKt._get(view.grid, 0).details()).contains(marker);
        assertThat(GridKt._fetch(view.grid, 0, 50)).hasSize(1);

        view.text.setValue("không-có-" + UUID.randomUUID());
        assertThat(GridKt._fetch(view.grid, 0, 50)).isEmpty();

        view.text.clear();
        view.action.setValue("TEST_ACTION");
        assertThat(GridKt._size(view.grid)).isPositive();
        assertThat(GridKt._fetch(view.grid, 0, 50)).allSatisfy(e -> assertThat(e.action()).isEqualTo("TEST_ACTION"));
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void every_kind_of_record_in_the_log_is_named_in_words() {
        // The demo data touches every module: whatever kinds of record it logged must read as words, not codes.
        java.util.List<String> types = jdbc.queryForList("select distinct target_type from audit_event where "
                + "target_type is not null and target_type <> 'thing'", String.class); // 'thing': tests' own
        assertThat(types).hasSizeGreaterThan(5);
        signInAs("admin@example.com");
        UI.getCurrent().navigate("admin/audit");
        AuditLogView view = _get(AuditLogView.class);
        assertThat(types).allSatisfy(type -> assertThat(view.getTranslation("audit.target." + type)).as(type)
                .doesNotStartWith("!").isNotEqualTo("audit.target." + type));
    }
}
