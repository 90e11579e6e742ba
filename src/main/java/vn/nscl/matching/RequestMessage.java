package vn.nscl.matching;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message on a support request, written by the enterprise, the assigned expert or an officer. */
@Entity
@Table(name = "request_message")
class RequestMessage {

    static final int BODY_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long requestId;

    @Column(nullable = false)
    private long authorAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MessageSide authorSide;

    @Column(nullable = false, length = 200)
    private String authorName;

    @Column(nullable = false, length = BODY_MAX_LENGTH)
    private String body;

    @Column(nullable = false)
    private Instant sentAt;

    protected RequestMessage() {
    }

    RequestMessage(long requestId, long authorAccountId, MessageSide authorSide, String authorName, String body,
            Instant sentAt) {
        this.requestId = requestId;
        this.authorAccountId = authorAccountId;
        this.authorSide = authorSide;
        this.authorName = authorName;
        this.body = body;
        this.sentAt = sentAt;
    }

    Long getId() {
        return id;
    }

    long getAuthorAccountId() {
        return authorAccountId;
    }

    RequestMessageView toView(long readerAccountId) {
        return new RequestMessageView(id, authorSide, authorName, body, sentAt, authorAccountId == readerAccountId);
    }
}
