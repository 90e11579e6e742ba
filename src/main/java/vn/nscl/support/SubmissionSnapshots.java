package vn.nscl.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each submission of an application contained, field by field as the officer reads it (project, objectives,
 * results, timeline, budget, indicators, documents), so that when it comes back after a request for information the
 * officer sees only what changed, not the whole dossier again.
 */
@Component
class SubmissionSnapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    private final SnapshotRepository snapshots;

    SubmissionSnapshots(SnapshotRepository snapshots) {
        this.snapshots = snapshots;
    }

    void take(ApplicationDetail detail, Instant at) {
        snapshots.save(new Snapshot(detail.application().id(), at, JSON.writeValueAsString(fields(detail))));
    }

    /** The fields that differ between the two latest submissions; empty after only one. */
    List<SubmissionChange> changes(long applicationId) {
        List<Snapshot> taken = snapshots.findTop2ByApplicationIdOrderBySubmittedAtDescIdDesc(applicationId);
        if (taken.size() < 2) {
            return List.of();
        }
        Map<String, String> now = JSON.readValue(taken.get(0).content, FIELDS);
        Map<String, String> before = JSON.readValue(taken.get(1).content, FIELDS);
        List<SubmissionChange> changes = new ArrayList<>();
        now.forEach((key, value) -> {
            String old = before.getOrDefault(key, "");
            if (!old.equals(value)) {
                changes.add(new SubmissionChange(key, old, value));
            }
        });
        return changes;
    }

    private static Map<String, String> fields(ApplicationDetail detail) {
        ApplicationView a = detail.application();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("application.title", a.title());
        fields.put("application.objectives", a.objectives());
        fields.put("application.expected-results", a.expectedResults());
        fields.put("application.timeline", a.timeline());
        fields.put("application.budget", a.budget().stream().map(line -> line.description() + ": "
                + plain(line.requested()) + " / " + plain(line.own())).collect(Collectors.joining("; ")));
        fields.put("application.indicators", a.indicators().stream().map(i -> i.name() + " (" + i.unit() + "): "
                + plain(i.baseline()) + " → " + plain(i.target())).collect(Collectors.joining("; ")));
        fields.put("application.attachments", detail.attachments().stream().map(f -> (f.document() == null ? ""
                : f.document() + ": ") + f.file().fileName()).collect(Collectors.joining("; ")));
        fields.replaceAll((key, value) -> value == null ? "" : value);
        return fields;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString();
    }

    @Entity
    @Table(name = "application_snapshot")
    static class Snapshot {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        private long applicationId;

        @Column(nullable = false)
        private Instant submittedAt;

        @Column(nullable = false, length = 200000)
        private String content;

        protected Snapshot() {
        }

        Snapshot(long applicationId, Instant submittedAt, String content) {
            this.applicationId = applicationId;
            this.submittedAt = submittedAt;
            this.content = content;
        }
    }
}

interface SnapshotRepository extends JpaRepository<SubmissionSnapshots.Snapshot, Long> {

    List<SubmissionSnapshots.Snapshot> findTop2ByApplicationIdOrderBySubmittedAtDescIdDesc(long applicationId);
}
