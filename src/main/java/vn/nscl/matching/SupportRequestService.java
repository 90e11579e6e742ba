package vn.nscl.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.assessment.AssessmentSummary;
import vn.nscl.audit.AuditLog;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.expert.Language;
import vn.nscl.files.FileDownload;
import vn.nscl.files.FileStore;
import vn.nscl.notification.NotificationService;
import vn.nscl.security.Role;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.shared.UserFacingException;

/**
 * Yêu cầu hỗ trợ chuyên gia, the enterprise's side: ask for help with a tool, see the best-matched experts with the
 * reasons, choose one or ask the Department to assign, cancel before anyone accepted, and at the end confirm the
 * work and rate the expert. Also the request page every party reads.
 */
@Service
public class SupportRequestService {

    public static final int NEED_MIN_LENGTH = 10;
    public static final int NEED_MAX_LENGTH = SupportRequest.NEED_MAX_LENGTH;
    public static final int COMMENT_MAX_LENGTH = SupportRequest.COMMENT_MAX_LENGTH;

    private final SupportRequestRepository requests;
    private final RequestAccess access;
    private final RequestViews views;
    private final Matchmaking matchmaking;
    private final Catalogue catalogue;
    private final FileStore files;
    private final AssessmentResultsService assessments;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final Clock clock;

    SupportRequestService(SupportRequestRepository requests, RequestAccess access, RequestViews views,
            Matchmaking matchmaking, Catalogue catalogue, FileStore files, AssessmentResultsService assessments,
            NotificationService notifications, AuditLog audit, Clock clock) {
        this.assessments = assessments;
        this.requests = requests;
        this.access = access;
        this.views = views;
        this.matchmaking = matchmaking;
        this.catalogue = catalogue;
        this.files = files;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public long create(NewSupportRequest raw) {
        EnterpriseSummary enterprise = access.callersEnterprise();
        NewSupportRequest request = new NewSupportRequest(raw.itemCode(), TextRules.singleLine(raw.need()),
                raw.mode(), raw.language() == null ? Language.VI : raw.language(), raw.preferredFrom(),
                raw.preferredTo());
        List<FieldProblem> problems = new ArrayList<>();
        if (request.itemCode() == null || catalogue.item(request.itemCode()).isEmpty()) {
            problems.add(new FieldProblem("item", "request.error.item"));
        }
        if (request.need().length() < NEED_MIN_LENGTH || request.need().length() > NEED_MAX_LENGTH) {
            problems.add(new FieldProblem("need", "request.error.need", NEED_MIN_LENGTH, NEED_MAX_LENGTH));
        }
        FieldChecks.noInvisible(problems, "need", request.need());
        if (request.mode() == null) {
            problems.add(new FieldProblem("mode", "error.required"));
        }
        LocalDate today = LocalDate.now(clock);
        // Each problem on the date that is wrong: an end before the start is the end's problem.
        if (request.preferredFrom() != null && request.preferredFrom().isBefore(today)) {
            problems.add(new FieldProblem("from", "request.error.period-past"));
        } else if (request.preferredTo() != null && request.preferredTo().isBefore(today)) {
            problems.add(new FieldProblem("to", "request.error.period-past"));
        } else if (request.preferredFrom() != null && request.preferredTo() != null
                && request.preferredTo().isBefore(request.preferredFrom())) {
            problems.add(new FieldProblem("to", "request.error.period-order"));
        }
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        SupportRequest saved = requests.save(new SupportRequest(enterprise.id(), request, clock.instant()));
        matchmaking.event(saved, "CREATED", matchmaking.itemOf(saved));
        audit.record(MatchingAuditActions.REQUEST_CREATED, "support-request", saved.getId(), request.itemCode());
        return saved.getId();
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional(readOnly = true)
    public List<SupportRequestView> mine() {
        return views.of(requests.findByEnterpriseIdOrderByCreatedAtDesc(access.callersEnterprise().id()));
    }

    /** The request's page: for its enterprise, officers, and experts it was offered to. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RequestDetail detail(long requestId) {
        return views.detail(access.readable(requestId), Role.signedInIsStaff(), access.callersExpertId());
    }

    /** The best-matched experts with their explained scores, while the enterprise still chooses. */
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Match> candidates(long requestId) {
        SupportRequest request = Role.signedInIsStaff() ? access.find(requestId) : access.owned(requestId);
        if (!request.getStatus().beforeAcceptance()) {
            return List.of();
        }
        return matchmaking.rank(request, matchmaking.policy().offer().shownCandidates());
    }

    /** The enterprise picks one of the proposed experts: the request is offered to them. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void choose(long requestId, long expertId, long expectedVersion) {
        SupportRequest request = access.owned(requestId, expectedVersion);
        if (request.getStatus() != RequestStatus.OPEN && request.getStatus() != RequestStatus.NO_MATCH) {
            throw new UserFacingException("request.error.wrong-state");
        }
        List<Match> shown = matchmaking.rank(request, matchmaking.policy().offer().shownCandidates());
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).expertId() == expertId) {
                matchmaking.offer(request, shown.get(i), i + 1, ChosenBy.ENTERPRISE, null);
                matchmaking.flushOrChangedMeanwhile();
                return;
            }
        }
        throw new UserFacingException("request.error.expert-unavailable");
    }

    /** The enterprise leaves the choice to the Department; officers are told. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void askOfficer(long requestId, long expectedVersion) {
        SupportRequest request = access.owned(requestId, expectedVersion);
        if (request.getStatus() != RequestStatus.OPEN && request.getStatus() != RequestStatus.NO_MATCH) {
            throw new UserFacingException("request.error.wrong-state");
        }
        request.waitForOfficer();
        matchmaking.event(request, "TO_OFFICER", null);
        audit.record(MatchingAuditActions.REQUEST_TO_OFFICER, "support-request", requestId, null);
        notifications.tellEveryone(Role.OFFICER, "notify.request.to-officer", "requests/" + requestId,
                matchmaking.itemOf(request), matchmaking.enterpriseName(request));
        matchmaking.flushOrChangedMeanwhile();
    }

    /** Withdraws a request nobody has accepted yet (an open offer is withdrawn and its expert told). */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void cancel(long requestId, long expectedVersion) {
        SupportRequest request = access.owned(requestId, expectedVersion);
        if (!request.getStatus().beforeAcceptance()) {
            throw new UserFacingException("request.error.wrong-state");
        }
        matchmaking.withdrawOpenOffer(request);
        request.cancelled();
        matchmaking.event(request, "CANCELLED", null);
        audit.record(MatchingAuditActions.REQUEST_CANCELLED, "support-request", requestId, null);
        matchmaking.flushOrChangedMeanwhile();
    }

    /**
     * The enterprise confirms the work is done and rates the expert (1–5, with a comment). The rating feeds later
     * matching; a follow-up self-assessment is suggested after the policy's period.
     */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void confirmCompletion(long requestId, int stars, String rawComment, long expectedVersion) {
        SupportRequest request = access.owned(requestId, expectedVersion);
        if (request.getStatus() != RequestStatus.REPORTED) {
            throw new UserFacingException("request.error.no-report-yet");
        }
        if (stars < 1 || stars > 5) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("rating", "request.error.rating")));
        }
        String comment = FieldChecks.optional("comment", rawComment, COMMENT_MAX_LENGTH);
        Long expertId = request.getExpertId();
        LocalDate followUp = LocalDate.now(clock).plusMonths(matchmaking.policy().followUpMonths());
        request.completed(stars, comment, clock.instant(), followUp);
        matchmaking.event(request, "COMPLETED", stars + "/5" + (comment.isEmpty() ? "" : " — " + comment));
        audit.record(MatchingAuditActions.ENGAGEMENT_COMPLETED, "support-request", requestId, "đánh giá " + stars + "/5");
        matchmaking.tellExpert(expertId, "notify.request.completed", "requests/" + requestId,
                matchmaking.itemOf(request), String.valueOf(stars));
        matchmaking.flushOrChangedMeanwhile();
    }

    /** The final report, for the enterprise, the assigned expert and officers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FileDownload report(long requestId) {
        SupportRequest request = access.readable(requestId);
        Long callerExpert = access.callersExpertId();
        if (callerExpert != null && !callerExpert.equals(request.getExpertId())) {
            throw new org.springframework.security.access.AccessDeniedException("Report of another expert's work");
        }
        if (request.getReportFileId() == null) {
            throw new UserFacingException("error.not-found");
        }
        return files.read(request.getReportFileId());
    }

    /** Before and after: the overall result just before the engagement and in the first follow-up after it. */
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Effect effect(long requestId) {
        SupportRequest request = Role.signedInIsStaff() ? access.find(requestId) : access.owned(requestId);
        if (request.getStatus() != RequestStatus.COMPLETED) {
            return new Effect(null, null, null, null);
        }
        List<AssessmentSummary> history = assessments.history(request.getEnterpriseId());
        AssessmentSummary before = history.stream().filter(a -> a.submittedAt().isBefore(request.getAcceptedAt()))
                .findFirst().orElse(null);
        AssessmentSummary after = history.stream().filter(a -> a.submittedAt().isAfter(request.getCompletedAt()))
                .reduce((newer, older) -> older).orElse(null);
        return new Effect(before == null ? null : before.year(), before == null ? null : before.overall(),
                after == null ? null : after.year(), after == null ? null : after.overall());
    }

    /** Completed engagements whose follow-up self-assessment is due, for the enterprise's home page. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional(readOnly = true)
    public List<SupportRequestView> followUpsDue() {
        LocalDate today = LocalDate.now(clock);
        return views.of(requests.findByEnterpriseIdOrderByCreatedAtDesc(access.callersEnterprise().id()).stream()
                .filter(r -> r.getStatus() == RequestStatus.COMPLETED && r.getFollowupDue() != null
                        && !r.getFollowupDue().isAfter(today)).toList());
    }

    static final EnumSet<RequestStatus> OPEN_STATES = EnumSet.of(RequestStatus.OPEN, RequestStatus.AWAITING_OFFICER,
            RequestStatus.OFFERED, RequestStatus.NO_MATCH);

    /** One enterprise's requests, newest first, for DOST's page of that enterprise. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<SupportRequestView> ofEnterprise(long enterpriseId) {
        return views.of(requests.findByEnterpriseIdOrderByCreatedAtDesc(enterpriseId));
    }
}
