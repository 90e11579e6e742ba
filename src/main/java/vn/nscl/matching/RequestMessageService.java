package vn.nscl.matching;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.expert.ExpertDirectory;
import vn.nscl.notification.NotificationService;
import vn.nscl.security.Role;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.SystemTask;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;

/**
 * The message thread of a support request: the enterprise and DOST's officers write to each other from the start
 * (an officer asking about a need nobody can meet yet), the expert joins once they accept; the others are told.
 * Experts who were only offered the request, or declined it, see no thread; nobody writes after the request ended.
 */
@Service
public class RequestMessageService {

    public static final int BODY_MAX_LENGTH = RequestMessage.BODY_MAX_LENGTH;

    private final RequestMessageRepository messages;
    private final RequestAccess access;
    private final Matchmaking matchmaking;
    private final EnterpriseService enterprises;
    private final ExpertDirectory experts;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final Clock clock;

    RequestMessageService(RequestMessageRepository messages, RequestAccess access, Matchmaking matchmaking,
            EnterpriseService enterprises, ExpertDirectory experts, NotificationService notifications,
            AuditLog audit, Clock clock) {
        this.messages = messages;
        this.access = access;
        this.matchmaking = matchmaking;
        this.enterprises = enterprises;
        this.experts = experts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** The thread as the caller may see it: nothing for an expert before accepting, or for a mere reader. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MessageThread thread(long requestId) {
        SupportRequest request = access.readable(requestId);
        MessageSide side = sideOf(request);
        if (side == null) {
            return MessageThread.NONE;
        }
        long reader = SignedIn.accountId();
        return new MessageThread(messages.findByRequestIdOrderBySentAtAscIdAsc(requestId).stream()
                .map(m -> m.toView(reader)).toList(), writable(request));
    }

    /** Writes a message (1–2,000 characters, line breaks kept) and tells the other parties. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void send(long requestId, String rawBody) {
        SupportRequest request = access.readable(requestId);
        MessageSide side = sideOf(request);
        if (side == null) {
            throw new AccessDeniedException("Only the request's parties write on it");
        }
        if (!writable(request)) {
            throw new UserFacingException("request.message.error.closed");
        }
        String body = TextRules.multiLine(rawBody);
        if (body.isEmpty()) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("body", "request.message.error.empty")));
        }
        if (body.codePointCount(0, body.length()) > BODY_MAX_LENGTH) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("body", "error.too-long", BODY_MAX_LENGTH)));
        }
        if (TextRules.hasInvisible(body)) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("body", "error.invisible-characters")));
        }
        String author = authorName(request, side);
        RequestMessage saved = messages.save(new RequestMessage(requestId, SignedIn.accountId(), side, author, body,
                clock.instant()));
        audit.record(MatchingAuditActions.REQUEST_MESSAGE, "support-request", requestId, "tin nhắn #" + saved.getId());
        tellTheOthers(request, side, author);
    }

    /** The caller's part in the request; null for an expert who was only offered it (they read, never write). */
    private MessageSide sideOf(SupportRequest request) {
        if (Role.signedInIsStaff()) {
            return MessageSide.OFFICER;
        }
        if (SignedIn.hasRole(Role.ENTERPRISE.name())
                && enterprises.mine().map(e -> e.id() == request.getEnterpriseId()).orElse(false)) {
            return MessageSide.ENTERPRISE;
        }
        Long expertId = access.callersExpertId();
        return expertId != null && RequestAccess.isAssignedTo(request, expertId) ? MessageSide.EXPERT : null;
    }

    /** Until the request ends: confirmed by the enterprise, cancelled or closed. */
    private static boolean writable(SupportRequest request) {
        return request.getStatus().beforeAcceptance() || request.getStatus().engaged();
    }

    private String authorName(SupportRequest request, MessageSide side) {
        return switch (side) {
            case ENTERPRISE -> matchmaking.enterpriseName(request);
            case EXPERT -> SystemTask.run(() -> experts.byIds(List.of(request.getExpertId())))
                    .get(request.getExpertId()).fullName();
            case OFFICER -> SignedIn.actorName();
        };
    }

    private void tellTheOthers(SupportRequest request, MessageSide side, String author) {
        String link = "requests/" + request.getId();
        String item = matchmaking.itemOf(request);
        if (side != MessageSide.EXPERT && request.getStatus().engaged()) {
            matchmaking.tellExpert(request.getExpertId(), "notify.request.message", link, item, author);
        }
        if (side == MessageSide.ENTERPRISE && request.getStatus().beforeAcceptance()) {
            // Before an expert takes it, the enterprise's messages are for DOST.
            notifications.tellEveryone(Role.OFFICER, "notify.request.message", link, item, author);
        }
        if (side != MessageSide.ENTERPRISE) {
            Long enterpriseAccount = SystemTask.run(() -> enterprises.get(request.getEnterpriseId())).accountId();
            notifications.tell(enterpriseAccount, "notify.request.message", link, item, author);
        }
    }
}
