package vn.nscl.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class AuditLogTest {

    @Autowired
    AuditLog audit;

    @Test
    @WithUserDetails("admin@example.com")
    void entries_record_the_signed_in_actor_and_can_be_searched_by_text_action_and_time() {
        String marker = "kiem-tra-" + UUID.randomUUID();
        audit.record("TEST_ACTION", "thing", 42, "chi tiết " + marker);

        var found = audit.search(new AuditQuery(marker.toUpperCase(), null, null, null), PageRequest.of(0, 10));
        assertThat(found.getContent()).singleElement().satisfies(entry -> {
            assertThat(entry.actorEmail()).isEqualTo("admin@example.com");
            assertThat(entry.actorId()).isNotNull();
            assertThat(entry.action()).isEqualTo("TEST_ACTION");
            assertThat(entry.targetId()).isEqualTo("42");
        });
        assertThat(audit.count(new AuditQuery(marker, "TEST_ACTION", null, null))).isEqualTo(1);
        assertThat(audit.count(new AuditQuery(marker, "LOGIN_SUCCESS", null, null))).isZero();
        Instant at = found.getContent().getFirst().occurredAt();
        assertThat(audit.count(new AuditQuery(marker, null, at, at.plusSeconds(1)))).isEqualTo(1);
        assertThat(audit.count(new AuditQuery(marker, null, at.plus(1, ChronoUnit.DAYS), null))).isZero();
        assertThat(audit.actions()).contains("TEST_ACTION", "ACCOUNT_REGISTERED");
    }

    @Test
    @WithUserDetails("admin@example.com")
    void like_wildcards_typed_in_the_search_are_taken_literally() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        audit.record("TEST_ACTION", "thing", 1, marker + " đạt 5_0% kế hoạch");
        assertThat(audit.count(new AuditQuery(marker + " đạt 5_0%", null, null, null))).isEqualTo(1);
        assertThat(audit.count(new AuditQuery(marker + " đạt 5x0", null, null, null))).as("_ is not a wildcard").isZero();
        assertThat(audit.count(new AuditQuery(marker + " đạt %", null, null, null))).as("% is not a wildcard").isZero();
    }

    @Test
    @WithUserDetails("officer@example.com")
    void only_administrators_read_the_audit_log() {
        assertThatThrownBy(() -> audit.search(AuditQuery.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
