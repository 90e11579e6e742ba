package vn.nscl.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.assessment.AssessmentSummary;
import vn.nscl.audit.AuditLog;
import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.expert.ExpertDirectory;
import vn.nscl.files.FileKind;
import vn.nscl.files.FileStore;
import vn.nscl.files.StoredFileRef;
import vn.nscl.notification.NotificationService;
import vn.nscl.security.Role;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.SystemTask;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.shared.UserFacingException;

/**
 * The expert's side: the inbox of offers (accept, or decline with a reason, before the deadline) and the
 * engagements (start, record visits, upload the final report).
 */
@Service
public class ExpertInboxService {

    public static final int REASON_MAX_LENGTH = Offer.REASON_MAX_LENGTH;
    public static final int NOTE_MAX_LENGTH = EngagementNote.TEXT_MAX_LENGTH;
    public static final Set<FileKind> REPORT_KINDS = Set.of(FileKind.PDF, FileKind.DOCX);

    private final SupportRequestRepository requests;
    private final OfferRepository offers;
    private final EngagementNoteRepository notes;
    private final RequestAccess access;
    private final RequestViews views;
    private final Matchmaking matchmaking;
    private final EnterpriseProfileService profiles;
    private final AssessmentResultsService assessments;
    private final FileStore files;
    private final ExpertDirectory directory;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final Clock clock;

    ExpertInboxService(SupportRequestRepository requests, OfferRepository offers, EngagementNoteRepository notes,
            RequestAccess access, RequestViews views, Matchmaking matchmaking, EnterpriseProfileService profiles,
            AssessmentResultsService assessments, FileStore files, ExpertDirectory directory,
            NotificationService notifications, AuditLog audit, Clock clock) {
        this.directory = directory;
        this.requests = requests;
        this.offers = offers;
        this.notes = notes;
        this.access = access;
        this.views = views;
        this.matchmaking = matchmaking;
        this.profiles = profiles;
        this.assessments = assessments;
        this.files = files;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** Offers waiting for the calling expert's answer, soonest deadline first. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional(readOnly = true)
    public List<InboxItem> offers() {
        long expertId = callersExpertId();
        return offers.findByExpertIdAndStatusOrderByDeadlineAt(expertId, OfferStatus.OFFERED).stream().map(offer -> {
            SupportRequest request = access.find(offer.getRequestId());
            return new InboxItem(offer.toView("", false), views.of(request), brief(request, false));
        }).toList();
    }

    /** The calling expert's engagements, current and past. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional(readOnly = true)
    public List<SupportRequestView> engagements() {
        return views.of(requests.findByExpertIdAndStatusInOrderByCreatedAtDesc(callersExpertId(),
                EnumSet.of(RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS, RequestStatus.REPORTED,
                        RequestStatus.COMPLETED)));
    }

    /** The enterprise's brief for a request offered or assigned to the caller (contacts once accepted). */
    @PreAuthorize("hasAnyRole('EXPERT', 'OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public EnterpriseBrief brief(long requestId) {
        SupportRequest request = access.readable(requestId);
        Long expertId = access.callersExpertId();
        boolean engaged = Role.signedInIsStaff() || expertId != null && expertId.equals(request.getExpertId())
                && request.getStatus().engaged() || request.getStatus() == RequestStatus.COMPLETED
                && expertId != null && expertId.equals(request.getExpertId());
        return brief(request, engaged);
    }

    /** Whether the request is assigned to the calling expert (accepted, in progress, reported or completed). */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional(readOnly = true)
    public boolean isAssignedToMe(long requestId) {
        SupportRequest request = access.readable(requestId);
        Long expertId = access.callersExpertId();
        return expertId != null && expertId.equals(request.getExpertId())
                && (request.getStatus().engaged() || request.getStatus() == RequestStatus.COMPLETED);
    }

    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public void accept(long offerId) {
        Offer offer = callersOpenOffer(offerId);
        SupportRequest request = access.find(offer.getRequestId());
        offer.answer(OfferStatus.ACCEPTED, null, clock.instant());
        request.accepted(clock.instant());
        matchmaking.event(request, "ACCEPTED", null);
        audit.record(MatchingAuditActions.OFFER_ACCEPTED, "support-request", request.getId(), "đề nghị #" + offerId);
        long enterpriseAccount = SystemTask.run(() -> profiles.profile(request.getEnterpriseId())).enterprise()
                .accountId();
        notifications.tell(enterpriseAccount, "notify.request.accepted", "requests/" + request.getId(),
                matchmaking.itemOf(request));
        matchmaking.flushOrChangedMeanwhile();
    }

    /** Declines with a reason; the next eligible expert is offered the request at once. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public void decline(long offerId, String rawReason) {
        String reason = FieldChecks.required("reason", rawReason, REASON_MAX_LENGTH);
        Offer offer = callersOpenOffer(offerId);
        SupportRequest request = access.find(offer.getRequestId());
        offer.answer(OfferStatus.DECLINED, reason, clock.instant());
        matchmaking.event(request, "DECLINED", reason);
        audit.record(MatchingAuditActions.OFFER_DECLINED, "support-request", request.getId(), reason);
        matchmaking.offerNext(request, "từ chối: " + reason);
        matchmaking.flushOrChangedMeanwhile();
    }

    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public void start(long requestId) {
        SupportRequest request = access.assignedToCaller(requestId, EnumSet.of(RequestStatus.ACCEPTED));
        request.started();
        matchmaking.event(request, "STARTED", null);
        audit.record(MatchingAuditActions.ENGAGEMENT_STARTED, "support-request", requestId, null);
        matchmaking.flushOrChangedMeanwhile();
    }

    /** Records a visit or session; the first one also starts the engagement. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public void addVisit(long requestId, LocalDate visitDate, boolean onSite, String rawText) {
        SupportRequest request = access.assignedToCaller(requestId,
                EnumSet.of(RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS));
        String text = TextRules.singleLine(rawText);
        if (visitDate == null || visitDate.isAfter(LocalDate.now(clock))) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("visitDate", "request.error.visit-date")));
        }
        if (text.isEmpty() || text.length() > NOTE_MAX_LENGTH) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("text", "request.error.note",
                    NOTE_MAX_LENGTH)));
        }
        FieldChecks.optional("text", text, NOTE_MAX_LENGTH);
        if (request.getStatus() == RequestStatus.ACCEPTED) {
            request.started();
            matchmaking.event(request, "STARTED", null);
            audit.record(MatchingAuditActions.ENGAGEMENT_STARTED, "support-request", requestId, "có chuyến thăm");
        }
        notes.save(new EngagementNote(requestId, visitDate, onSite, text, SignedIn.actor(), clock.instant()));
        matchmaking.event(request, "VISIT", visitDate.toString());
        audit.record(MatchingAuditActions.ENGAGEMENT_NOTE, "support-request", requestId, visitDate.toString());
        matchmaking.flushOrChangedMeanwhile();
    }

    /** Uploads the final report (PDF or DOCX, checked by content); the enterprise is asked to confirm. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public void uploadReport(long requestId, String fileName, byte[] content) {
        // Until the enterprise confirms the work, the expert may replace the report (a wrong file, a corrected one).
        SupportRequest request = access.assignedToCaller(requestId,
                EnumSet.of(RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS, RequestStatus.REPORTED));
        Long replaced = request.getStatus() == RequestStatus.REPORTED ? request.getReportFileId() : null;
        StoredFileRef file = files.store(fileName, content, REPORT_KINDS);
        request.reported(file.id(), clock.instant());
        if (replaced != null) {
            files.delete(replaced);
        }
        matchmaking.event(request, replaced == null ? "REPORTED" : "REPORT_REPLACED", file.fileName());
        audit.record(MatchingAuditActions.ENGAGEMENT_REPORTED, "support-request", requestId,
                (replaced == null ? "" : "thay tệp " + replaced + " bằng ") + file.fileName());
        long enterpriseAccount = SystemTask.run(() -> profiles.profile(request.getEnterpriseId())).enterprise()
                .accountId();
        notifications.tell(enterpriseAccount, "notify.request.reported", "requests/" + requestId,
                matchmaking.itemOf(request));
        matchmaking.flushOrChangedMeanwhile();
    }

    private Offer callersOpenOffer(long offerId) {
        Offer offer = offers.findById(offerId).orElseThrow(() -> new UserFacingException("error.not-found"));
        if (offer.getExpertId() != callersExpertId()) {
            throw new AccessDeniedException("Offer " + offerId + " went to another expert");
        }
        if (offer.getStatus() != OfferStatus.OFFERED) {
            throw new UserFacingException("request.error.offer-closed");
        }
        if (!offer.getDeadlineAt().isAfter(clock.instant())) {
            throw new UserFacingException("request.error.offer-expired");
        }
        SupportRequest request = access.find(offer.getRequestId());
        if (request.getStatus() != RequestStatus.OFFERED || !Long.valueOf(offer.getExpertId()).equals(request.getExpertId())) {
            throw new UserFacingException("request.error.offer-closed");
        }
        if (!directory.mayTakeWork(offer.getExpertId())) {
            // Paused, sent back for verification or leaving since the offer was made.
            throw new UserFacingException("request.error.not-available");
        }
        return offer;
    }

    private long callersExpertId() {
        Long id = access.callersExpertId();
        if (id == null) {
            throw new UserFacingException("expert.error.no-profile");
        }
        return id;
    }

    private EnterpriseBrief brief(SupportRequest request, boolean withContacts) {
        // The caller's right to this request was checked; the brief carries only what the expert needs.
        EnterpriseProfile profile = SystemTask.run(() -> profiles.profile(request.getEnterpriseId()));
        List<AssessmentSummary> history = assessments.history(request.getEnterpriseId());
        AssessmentSummary latest = history.isEmpty() ? null : history.getFirst();
        var e = profile.enterprise();
        return new EnterpriseBrief(e.name(), "enterprise.type." + e.type().name(), e.communeCode(), e.sectorCode(),
                "size." + profile.sizeClass().name(), profile.details().mainProducts(),
                latest == null ? null : latest.id(), latest == null ? null : latest.year(),
                latest == null ? null : latest.overall(), latest == null ? null : latest.maturityLevel(),
                withContacts ? e.contactPerson() : null, withContacts ? e.phone() : null,
                withContacts ? e.email() : null);
    }
}
