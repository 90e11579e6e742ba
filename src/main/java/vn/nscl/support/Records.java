package vn.nscl.support;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.nscl.shared.TimelineRecord;

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

        /** Which of the call's required documents this is; null for another document. */
        @Column(length = 200)
        private String document;

        protected Attachment() {
        }

        Attachment(long applicationId, long fileId, Instant uploadedAt, String document) {
            this.applicationId = applicationId;
            this.fileId = fileId;
            this.uploadedAt = uploadedAt;
            this.document = document;
        }

        String getDocument() {
            return document;
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
    @AttributeOverride(name = "note", column = @Column(length = Event.NOTE_MAX_LENGTH))
    static class Event extends TimelineRecord {

        static final int NOTE_MAX_LENGTH = 2000;

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @Column(nullable = false)
        private long applicationId;

        protected Event() {
        }

        Event(long applicationId, Instant at, String kind, String note) {
            super(at, kind, note, NOTE_MAX_LENGTH);
            this.applicationId = applicationId;
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

        String getKind() {
            return kind;
        }

        Instant getSubmittedAt() {
            return submittedAt;
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
