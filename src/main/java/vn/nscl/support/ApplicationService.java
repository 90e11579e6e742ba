package vn.nscl.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.files.FileDownload;
import vn.nscl.files.FileKind;
import vn.nscl.files.FileStore;
import vn.nscl.files.StoredFileRef;
import vn.nscl.notification.NotificationService;
import vn.nscl.recommendation.ProgrammeEligibility;
import vn.nscl.recommendation.RecommendationService;
import vn.nscl.security.Role;
import vn.nscl.shared.ConcurrentChange;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.shared.UserFacingException;

/**
 * Hồ sơ đề nghị hỗ trợ, the enterprise's side: the programmes with their calls and its eligibility, a draft
 * application (project, budget, indicators, attachments), submission (only within the call and when the rule base
 * finds it eligible), withdrawal, resubmission after a request for information, and the approved project's reports.
 * Also the application page both the enterprise and officers read.
 */
@Service
public class ApplicationService {

    public static final Set<FileKind> ATTACHMENT_KINDS = Set.of(FileKind.PDF, FileKind.DOCX, FileKind.XLSX,
            FileKind.JPEG, FileKind.PNG);
    public static final int MAX_ATTACHMENTS = 20;
    public static final int REPORT_MAX = 4000;

    private final SupportApplicationRepository applications;
    private final ProgrammeCallRepository calls;
    private final AttachmentRepository attachments;
    private final ApplicationEventRepository events;
    private final ReportRepository reports;
    private final ApplicationAccess access;
    private final ApplicationViews views;
    private final RecommendationService recommendations;
    private final Catalogue catalogue;
    private final FileStore files;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final SubmissionSnapshots snapshots;

    ApplicationService(SupportApplicationRepository applications, ProgrammeCallRepository calls,
            AttachmentRepository attachments, ApplicationEventRepository events, ReportRepository reports,
            ApplicationAccess access, ApplicationViews views, RecommendationService recommendations,
            Catalogue catalogue, FileStore files, NotificationService notifications, AuditLog audit, Clock clock,
            SubmissionSnapshots snapshots) {
        this.snapshots = snapshots;
        this.applications = applications;
        this.calls = calls;
        this.attachments = attachments;
        this.events = events;
        this.reports = reports;
        this.access = access;
        this.views = views;
        this.recommendations = recommendations;
        this.catalogue = catalogue;
        this.files = files;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** The longest reply an enterprise gives to a request for information when it resubmits. */
    public static final int REPLY_MAX = 2000;

    /** What changed between the application's last two submissions, for the officers reviewing it again. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<SubmissionChange> changesSinceLastSubmission(long applicationId) {
        access.readable(applicationId);
        return snapshots.changes(applicationId);
    }

    /** A programme as the enterprise sees it: its call and whether the rules find the enterprise eligible, and why. */
    public record ProgrammeOffer(CallView call, ProgrammeEligibility eligibility) {
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional(readOnly = true)
    public List<ProgrammeOffer> programmes() {
        EnterpriseSummary mine = access.callersEnterprise();
        LocalDate today = LocalDate.now(clock);
        var eligibility = recommendations.eligibilities(mine.id(), catalogue.programmes().stream()
                .map(vn.nscl.catalogue.Programme::code).toList());
        return catalogue.programmes().stream().flatMap(p -> calls.findByProgrammeCode(p.code()).stream())
                .map(call -> new ProgrammeOffer(call.toView(catalogue.programmeName(call.getProgrammeCode(),
                        Locale.forLanguageTag("vi")), today), eligibility.get(call.getProgrammeCode())))
                .sorted(java.util.Comparator.comparing((ProgrammeOffer o) -> !o.eligibility().eligible()))
                .toList();
    }

    /**
     * Starts a draft for a programme (drafting is possible before a call opens), or returns the enterprise's draft
     * for it; one application per programme at a time, so nobody is funded twice for the same thing.
     */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public long start(String programmeCode) {
        EnterpriseSummary mine = access.callersEnterprise();
        if (programmeCode == null || catalogue.programme(programmeCode).isEmpty()) {
            throw new UserFacingException("error.not-found");
        }
        for (SupportApplication existing : applications.findByEnterpriseIdOrderByCreatedAtDesc(mine.id())) {
            if (existing.getProgrammeCode().equals(programmeCode) && existing.getStatus().editable()) {
                return existing.getId();
            }
            if (existing.getProgrammeCode().equals(programmeCode) && (ApplicationStatus.UNDER_REVIEW
                    .contains(existing.getStatus()) || existing.getStatus() == ApplicationStatus.APPROVED)) {
                throw new UserFacingException("support.error.already-applying");
            }
        }
        SupportApplication application = applications.save(new SupportApplication(mine.id(), programmeCode,
                clock.instant()));
        event(application, "CREATED", programmeCode);
        audit.record(SupportAuditActions.APPLICATION_STARTED, "application", application.getId(), programmeCode);
        return application.getId();
    }

    /** Saves the draft as it is (incomplete is fine; too long, negative or malformed is not). */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void save(long applicationId, ApplicationDraft raw) {
        SupportApplication application = access.owned(applicationId, raw.expectedVersion());
        if (!application.getStatus().editable()) {
            throw new UserFacingException("support.error.not-editable");
        }
        ApplicationDraft draft = ApplicationChecks.clean(raw);
        List<FieldProblem> problems = ApplicationChecks.forSaving(draft);
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        application.edit(draft);
        audit.record(SupportAuditActions.APPLICATION_SAVED, "application", applicationId, null);
        flush();
    }

    /**
     * Attaches a file (PDF, DOCX, XLSX, JPG, PNG; ≤ 10 MB; content checked, name made safe, checksum kept) as one of
     * the call's required documents, or as another document when {@code document} is null.
     */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void attach(long applicationId, long expectedVersion, String document, String fileName, byte[] content) {
        SupportApplication application = access.ownedForChange(applicationId, expectedVersion);
        if (!application.getStatus().editable()) {
            throw new UserFacingException("support.error.not-editable");
        }
        if (document != null && !callOf(application).documentList().contains(document)) {
            throw new UserFacingException("support.error.document-unknown");
        }
        if (attachments.findByApplicationIdOrderById(applicationId).size() >= MAX_ATTACHMENTS) {
            throw new UserFacingException("support.error.too-many-files", MAX_ATTACHMENTS);
        }
        StoredFileRef file = files.store(fileName, content, ATTACHMENT_KINDS);
        attachments.save(new Records.Attachment(applicationId, file.id(), clock.instant(), document));
        audit.record(SupportAuditActions.APPLICATION_ATTACHED, "application", applicationId,
                document == null ? file.fileName() : document + ": " + file.fileName());
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void detach(long applicationId, long expectedVersion, long attachmentId) {
        SupportApplication application = access.ownedForChange(applicationId, expectedVersion);
        if (!application.getStatus().editable()) {
            throw new UserFacingException("support.error.not-editable");
        }
        Records.Attachment attachment = attachments.findById(attachmentId)
                .filter(a -> a.getApplicationId() == applicationId)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        attachments.delete(attachment);
        files.delete(attachment.getFileId());
        audit.record(SupportAuditActions.APPLICATION_DETACHED, "application", applicationId, null);
    }

    /** An attachment or report file, for the enterprise and officers only. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FileDownload file(long applicationId, long fileId) {
        access.readable(applicationId);
        boolean belongs = attachments.findByApplicationIdOrderById(applicationId).stream()
                .anyMatch(a -> a.getFileId() == fileId) || reports.findByApplicationIdOrderBySubmittedAt(applicationId)
                .stream().anyMatch(r -> Long.valueOf(fileId).equals(r.getFileId()));
        if (!belongs) {
            throw new AccessDeniedException("File " + fileId + " is not part of application " + applicationId);
        }
        return files.read(fileId);
    }

    /** What would stop a submission now: eligibility (with its reason) and the problems to fix. */
    public record SubmissionCheck(ProgrammeEligibility eligibility, boolean callOpen, List<FieldProblem> problems) {

        public boolean ready() {
            return eligibility.eligible() && callOpen && problems.isEmpty();
        }
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional(readOnly = true)
    public SubmissionCheck check(long applicationId) {
        SupportApplication application = access.readable(applicationId);
        ProgrammeCall call = callOf(application);
        return new SubmissionCheck(recommendations.eligibility(application.getEnterpriseId(),
                application.getProgrammeCode()), call.openOn(LocalDate.now(clock))
                        || application.getStatus() == ApplicationStatus.NEEDS_INFO,
                ApplicationChecks.forSubmitting(application, call, documentsAttached(applicationId)));
    }

    /** Submits for the first time; refused with the reason when it cannot be. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void submit(long applicationId, long expectedVersion) {
        submit(applicationId, expectedVersion, null);
    }

    /**
     * Submits, or resubmits after a request for information with the enterprise's reply to it (required then: the
     * officer reads what was done about the request); refused with the reason when it cannot be.
     */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void submit(long applicationId, long expectedVersion, String rawReply) {
        SupportApplication application = access.owned(applicationId, expectedVersion);
        if (!application.getStatus().editable()) {
            throw new UserFacingException("support.error.not-editable");
        }
        ProgrammeCall call = callOf(application);
        boolean resubmission = application.getStatus() == ApplicationStatus.NEEDS_INFO;
        String reply = TextRules.multiLine(rawReply);
        if (resubmission && (reply.length() < 5 || reply.length() > REPLY_MAX)) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("reply", "support.error.reply", REPLY_MAX)));
        }
        if (!resubmission && !call.openOn(LocalDate.now(clock))) {
            // An application sent back for more information may come back after the call closed.
            throw new UserFacingException("support.error.call-closed");
        }
        List<FieldProblem> problems = ApplicationChecks.forSubmitting(application, call,
                documentsAttached(applicationId));
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        ProgrammeEligibility eligibility = recommendations.eligibility(application.getEnterpriseId(),
                application.getProgrammeCode());
        if (!eligibility.eligible()) {
            throw new UserFacingException("support.error.not-eligible", eligibility.reasonVi());
        }
        EnterpriseSummary applicant = views.enterpriseOf(application);
        application.submit(eligibility.reasonVi(), clock.instant(), applicant.name(), applicant.communeCode(),
                applicant.sectorCode());
        event(application, resubmission ? "RESUBMITTED" : "SUBMITTED", resubmission ? reply : null);
        snapshots.take(views.detail(application, true), clock.instant());
        audit.record(SupportAuditActions.APPLICATION_SUBMITTED, "application", applicationId,
                (resubmission ? "nộp lại; " : "") + "đề nghị " + application.getRequestedTotal() + " triệu đồng");
        notifications.tellEveryone(Role.OFFICER, resubmission ? "notify.application.resubmitted"
                : "notify.application.submitted", "applications/" + applicationId, application.getTitle(),
                applicant.name());
        flush();
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void withdraw(long applicationId, long expectedVersion) {
        SupportApplication application = access.owned(applicationId, expectedVersion);
        if (!application.getStatus().editable() && !ApplicationStatus.UNDER_REVIEW.contains(application.getStatus())) {
            throw new UserFacingException("support.error.wrong-state");
        }
        application.withdrawn();
        event(application, "WITHDRAWN", null);
        audit.record(SupportAuditActions.APPLICATION_WITHDRAWN, "application", applicationId, null);
        flush();
    }

    /** A progress or (final) completion report of an approved project, with an optional file. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void report(long applicationId, long expectedVersion, boolean completion, String rawText, String fileName,
            byte[] content) {
        SupportApplication application = access.ownedForChange(applicationId, expectedVersion);
        if (application.getStatus() != ApplicationStatus.APPROVED) {
            throw new UserFacingException("support.error.wrong-state");
        }
        String text = TextRules.singleLine(rawText);
        if (text.length() < 10 || text.length() > REPORT_MAX) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("report", "support.error.report",
                    REPORT_MAX)));
        }
        FieldChecks.optional("report", text, REPORT_MAX);
        Long fileId = content == null || content.length == 0 ? null
                : files.store(fileName, content, ATTACHMENT_KINDS).id();
        reports.save(new Records.Report(applicationId, completion ? "COMPLETION" : "PROGRESS", text, fileId,
                clock.instant()));
        if (completion) {
            application.completed();
        }
        event(application, completion ? "COMPLETED" : "PROGRESS", null);
        audit.record(SupportAuditActions.APPLICATION_REPORTED, "application", applicationId,
                completion ? "completion" : "progress");
        notifications.tellEveryone(Role.OFFICER, completion ? "notify.application.completed"
                : "notify.application.progress", "applications/" + applicationId, application.getTitle());
        if (completion) {
            notifications.tell(views.enterpriseAccount(application), "notify.application.follow-up", "assessment",
                    application.getTitle());
        }
        flush();
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional(readOnly = true)
    public List<ApplicationView> mine() {
        return applications.findByEnterpriseIdOrderByCreatedAtDesc(access.callersEnterprise().id()).stream()
                .map(views::of).toList();
    }

    /** The application's page, for its enterprise and officers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ApplicationDetail detail(long applicationId) {
        return views.detail(access.readable(applicationId), Role.signedInIsStaff());
    }

    private ProgrammeCall callOf(SupportApplication application) {
        return calls.findByProgrammeCode(application.getProgrammeCode())
                .orElseThrow(() -> new UserFacingException("support.error.call-closed"));
    }

    private void event(SupportApplication application, String kind, String note) {
        events.save(new Records.Event(application.getId(), clock.instant(), kind, note));
    }

    private void flush() {
        ConcurrentChange.flush(applications::flush);
    }

    /** The required documents the application has a file for. */
    private java.util.Set<String> documentsAttached(long applicationId) {
        return attachments.findByApplicationIdOrderById(applicationId).stream()
                .map(Records.Attachment::getDocument).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** One enterprise's applications (drafts excepted: they are its own), newest first, for DOST's page of it. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ApplicationView> ofEnterprise(long enterpriseId) {
        return applications.findByEnterpriseIdOrderByCreatedAtDesc(enterpriseId).stream()
                .filter(a -> a.getStatus() != ApplicationStatus.DRAFT).map(views::of).toList();
    }
}
