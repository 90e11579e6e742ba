package vn.nscl.support;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The small records around an application: its attachments, its timeline, its reports. */
final class Records {

    private Records() {
    }

    @Entity
    @Table(name = "application_attachment")
    static class Attachment {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @Column(nullable = false)
        private long applicationId;

        @Column(nullable = false)
        private long fileId;

        @Column(nullable = false)
        private Instant uploadedAt;

        protected Attachment() {
        }

        Attachment(long applicationId, long fileId, Instant uploadedAt) {
            this.applicationId = applicationId;
            this.fileId = fileId;
            this.uploadedAt = uploadedAt;
        }

        Long getId() {
            return id;
        }

        long getApplicationId() {
            return applicationId;
        }

        long getFileId() {
            return fileId;
        }
    }

    @Entity
    @Table(name = "application_event")
    static class Event {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @Column(nullable = false)
        private long applicationId;

        @Column(nullable = false)
        private Instant at;

        @Column(nullable = false, length = 30)
        private String kind;

        @Column(nullable = false, length = 254)
        private String actor;

        @Column(length = 2000)
        private String note;

        protected Event() {
        }

        Event(long applicationId, Instant at, String kind, String actor, String note) {
            this.applicationId = applicationId;
            this.at = at;
            this.kind = kind;
            this.actor = actor;
            this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
        }

        StatusStep toStep(boolean withActor) {
            return new StatusStep(at, kind, withActor ? actor : "", note == null ? "" : note);
        }
    }

    @Entity
    @Table(name = "application_report")
    static class Report {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @Column(nullable = false)
        private long applicationId;

        @Column(nullable = false, length = 12)
        private String kind;

        @Column(nullable = false, length = 4000)
        private String text;

        private Long fileId;

        @Column(nullable = false)
        private Instant submittedAt;

        protected Report() {
        }

        Report(long applicationId, String kind, String text, Long fileId, Instant submittedAt) {
            this.applicationId = applicationId;
            this.kind = kind;
            this.text = text;
            this.fileId = fileId;
            this.submittedAt = submittedAt;
        }

        ProjectReport toRecord(vn.nscl.files.StoredFileRef file) {
            return new ProjectReport(id, kind, text, file, submittedAt);
        }

        Long getFileId() {
            return fileId;
        }

        long getApplicationId() {
            return applicationId;
        }
    }
}
