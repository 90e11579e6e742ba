package vn.nscl.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nscl.audit.AuditLog;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.notification.NotificationService;
import vn.nscl.shared.ConcurrentChange;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.shared.ui.TranslationProvider;
import vn.nscl.tasks.BackgroundTasks;
import vn.nscl.tasks.TaskFile;
import vn.nscl.tasks.TaskStatus;

/**
 * Thẩm định hồ sơ: the officers' queue (filters, newest first), the checklist, and the decisions: ask for more
 * information (back to the enterprise with comments), approve with amount and conditions (above a set amount a
 * second, different officer must approve too), reject with a reason. Two officers deciding at once: exactly one
 * wins, the other is told. Every decision is audited, written to the timeline and notified.
 */
@Service
public class ReviewService {

    /** The background task kind of exporting the review queue. */
    public static final String EXPORT_TASK = "applications-export";
    private final BackgroundTasks tasks;
    private final TransactionTemplate transaction;
    private final ApplicationsWorkbook workbooks;

    public static final int NOTE_MAX = SupportApplication.NOTE_MAX;

    private final SupportApplicationRepository applications;
    private final ProgrammeCallRepository calls;
    private final ApplicationEventRepository events;
    private final ApplicationAccess access;
    private final ApplicationViews views;
    private final Catalogue catalogue;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final BigDecimal fourEyesAbove;
    private final int targetDays;
    private final Clock clock;

    ReviewService(SupportApplicationRepository applications, ProgrammeCallRepository calls,
            ApplicationEventRepository events, ApplicationAccess access, ApplicationViews views, Catalogue catalogue,
            NotificationService notifications, AuditLog audit,
            @Value("${nscl.support.four-eyes-above:200}") BigDecimal fourEyesAbove,
            @Value("${nscl.support.review-target-days:15}") int targetDays, BackgroundTasks tasks,
            TransactionTemplate transaction, ApplicationsWorkbook workbooks, Clock clock) {
        this.workbooks = workbooks;
        this.tasks = tasks;
        this.transaction = transaction;
        this.applications = applications;
        this.calls = calls;
        this.events = events;
        this.access = access;
        this.views = views;
        this.catalogue = catalogue;
        this.notifications = notifications;
        this.audit = audit;
        this.fourEyesAbove = fourEyesAbove;
        this.targetDays = targetDays;
        this.clock = clock;
    }

    /** Days within which DOST aims to decide on a submitted application (the queue flags those waiting longer). */
    public int targetDays() {
        return targetDays;
    }

    /** The amount (million VND) above which two officers must approve. */
    public BigDecimal fourEyesAbove() {
        return fourEyesAbove;
    }

    /** Columns the queue may be sorted by; anything else asked for is ignored. */
    private static final Set<String> SORTABLE = Set.of("id", "applicantName", "programmeCode", "status",
            "submittedAt", "requestedTotal");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"));
    private static final int MAX_PAGE = 500;

    /** A page of the queue, filtered and sorted by the database (newest submission first unless asked otherwise). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ApplicationRow> queue(ReviewFilter filter, Pageable pageable) {
        Sort asked = Sort.by(pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty())).toList());
        Pageable page = PageRequest.of(pageable.getPageNumber(), Math.max(1, Math.min(pageable.getPageSize(),
                MAX_PAGE)), asked.isSorted() ? asked.and(Sort.by(Sort.Order.desc("id"))) : NEWEST_FIRST);
        Locale vi = Locale.forLanguageTag("vi");
        // A slice, not a page: the grid asks for the count once ({@link #count}), not with every page it fetches.
        return applications.findBy(inQueue(filter), q -> q.sortBy(page.getSort()).slice(page)).stream()
                .map(a -> a.toRow(catalogue.programmeName(a.getProgrammeCode(), vi))).toList();
    }

    /** How many applications the filter finds. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long count(ReviewFilter filter) {
        return applications.count(inQueue(filter));
    }

    /**
     * Every application ever submitted (a draft withdrawn before it was sent has nothing to review), narrowed by each
     * part of the filter that is set: only those parts become conditions, so each can use its index.
     */
    private static Specification<SupportApplication> inQueue(ReviewFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.isNotNull(root.get("submittedAt")));
            if (f.programmeCode() != null) {
                where.add(cb.equal(root.get("programmeCode"), f.programmeCode()));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.communeCode() != null) {
                where.add(cb.equal(root.get("communeCode"), f.communeCode()));
            }
            if (f.sectorCode() != null) {
                where.add(cb.equal(root.get("sectorCode"), f.sectorCode()));
            }
            if (f.submittedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("submittedAt"), Formats.startOf(f.submittedFrom())));
            }
            if (f.submittedTo() != null) {
                where.add(cb.lessThan(root.get("submittedAt"), Formats.startOf(f.submittedTo().plusDays(1))));
            }
            if (f.reviewerId() != null) {
                where.add(cb.equal(root.get("reviewerId"), f.reviewerId()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** How many applications wait for an officer's decision (home page). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countUnderReview() {
        return applications.countByStatusIn(ApplicationStatus.UNDER_REVIEW);
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void setChecklist(long applicationId, Set<String> checked, long expectedVersion) {
        SupportApplication application = underReview(applicationId, expectedVersion);
        java.util.List<String> items = calls.findByProgrammeCode(application.getProgrammeCode())
                .map(ProgrammeCall::checklistItems).orElse(List.of());
        if (!items.containsAll(checked)) {
            throw new UserFacingException("support.error.checklist");
        }
        application.check(checked);
        audit.record(SupportAuditActions.APPLICATION_CHECKLIST, "application", applicationId, checked.toString());
        flush();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void askForInformation(long applicationId, String rawComment, long expectedVersion) {
        String comment = required(rawComment, "comment");
        SupportApplication application = underReview(applicationId, expectedVersion);
        application.needsInformation(comment);
        notifications.handled(vn.nscl.security.Role.OFFICER, "applications/" + applicationId);
        event(application, "NEEDS_INFO", comment);
        audit.record(SupportAuditActions.APPLICATION_NEEDS_INFO, "application", applicationId, comment);
        notifications.tell(views.enterpriseAccount(application), "notify.application.needs-info",
                "applications/" + applicationId, application.getTitle(), comment);
        flush();
    }

    /**
     * Approves an amount (at most what was asked) with conditions. Above the four-eyes amount the first approval
     * waits for a second officer, who must be someone else.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void approve(long applicationId, BigDecimal amount, String rawConditions, long expectedVersion) {
        approve(applicationId, amount, rawConditions, null, expectedVersion);
    }

    /**
     * As above; while items of the programme's checklist are not ticked, the officer must state why the application
     * is approved all the same ({@code rawException}), which goes on the timeline and into the audit log.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void approve(long applicationId, BigDecimal amount, String rawConditions, String rawException,
            long expectedVersion) {
        String conditions = FieldChecks.optional("conditions", rawConditions, NOTE_MAX);
        String exception = FieldChecks.optional("exception", rawException, NOTE_MAX);
        SupportApplication application = underReview(applicationId, expectedVersion);
        if (amount == null || amount.signum() <= 0 || amount.compareTo(application.getRequestedTotal()) > 0
                || amount.scale() > 2) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("amount", "support.error.amount",
                    inWords(application.getRequestedTotal()))));
        }
        List<String> open = uncheckedItems(application);
        if (!open.isEmpty() && exception.isEmpty()) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("exception", "review.error.checklist-open",
                    String.join("; ", open))));
        }
        String exceptionNote = open.isEmpty() ? "" : " — Ngoại lệ danh mục kiểm tra (" + String.join("; ", open)
                + "): " + exception;
        String me = SignedIn.actor();
        boolean awaiting = application.getStatus() == ApplicationStatus.AWAITING_SECOND;
        notifications.handled(vn.nscl.security.Role.OFFICER, "applications/" + applicationId);
        if (awaiting && me.equals(application.getFirstApprover())) {
            throw new UserFacingException("support.error.four-eyes");
        }
        // A second officer confirms exactly what the first approved; other terms are a new first approval.
        boolean second = awaiting && amount.compareTo(application.getApprovedAmount()) == 0
                && conditions.equals(application.getConditions());
        if (!second && amount.compareTo(fourEyesAbove) > 0) {
            application.approvedOnce(amount, conditions, me);
            event(application, "FIRST_APPROVAL", Numbers.money(amount, TranslationProvider.VIETNAMESE)
                    + exceptionNote);
            audit.record(SupportAuditActions.APPLICATION_FIRST_APPROVAL, "application", applicationId,
                    "số tiền " + amount + " triệu đồng" + exceptionNote);
            notifications.tellEveryone(vn.nscl.security.Role.OFFICER, "notify.application.second-needed",
                    "applications/" + applicationId, application.getTitle(), inWords(amount));
            flush();
            return;
        }
        // Locked: two approvals for one programme at the same moment are counted one after the other.
        ProgrammeCall call = calls.lockByProgrammeCode(application.getProgrammeCode()).orElseThrow();
        int year = Year.now(clock.withZone(Formats.VIETNAM)).getValue();
        Instant from = Formats.startOf(LocalDate.of(year, 1, 1));
        Instant to = Formats.startOf(LocalDate.of(year + 1, 1, 1));
        if (applications.countDecided(application.getProgrammeCode(), EnumSet.of(ApplicationStatus.APPROVED,
                ApplicationStatus.COMPLETED), from, to) >= call.getYearlyQuota()) {
            throw new UserFacingException("support.error.quota-reached", call.getYearlyQuota());
        }
        application.approved(amount, conditions, clock.instant());
        event(application, "APPROVED", Numbers.money(amount, TranslationProvider.VIETNAMESE)
                + (conditions.isEmpty() ? "" : " — " + conditions) + exceptionNote);
        audit.record(SupportAuditActions.APPLICATION_APPROVED, "application", applicationId, "số tiền " + amount
                + " triệu đồng"
                + (second ? ", phê duyệt lần hai sau " + application.getFirstApprover() : "") + exceptionNote);
        notifications.tell(views.enterpriseAccount(application), "notify.application.approved",
                "applications/" + applicationId, application.getTitle(), inWords(amount));
        flush();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void reject(long applicationId, String rawReason, long expectedVersion) {
        String reason = required(rawReason, "reason");
        SupportApplication application = underReview(applicationId, expectedVersion);
        application.rejected(reason, clock.instant());
        notifications.handled(vn.nscl.security.Role.OFFICER, "applications/" + applicationId);
        event(application, "REJECTED", reason);
        audit.record(SupportAuditActions.APPLICATION_REJECTED, "application", applicationId, reason);
        notifications.tell(views.enterpriseAccount(application), "notify.application.rejected",
                "applications/" + applicationId, application.getTitle(), reason);
        flush();
    }

    /** Starts exporting the filtered queue as a workbook in the background (the same export asked twice runs once). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TaskStatus startExport(ReviewFilter filter) {
        return tasks.start(EXPORT_TASK, filter.toString(), progress -> {
            progress.total(1);
            byte[] workbook = transaction.execute(status -> exportXlsx(filter));
            progress.advance(1);
            return new TaskFile("ho-so-de-nghi-ho-tro.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook);
        });
    }

    /** The filtered queue as a workbook (one row per application, amounts in million VND). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional // not read-only: the export is audited
    public byte[] exportXlsx(ReviewFilter filter) {
        List<ApplicationRow> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<ApplicationRow> next = queue(filter, PageRequest.of(page, MAX_PAGE));
            rows.addAll(next);
            if (next.size() < MAX_PAGE) {
                break;
            }
        }
        byte[] workbook = workbooks.write(rows);
        audit.record(SupportAuditActions.APPLICATIONS_EXPORTED, "application", null, rows.size() + " rows");
        return workbook;
    }

    /** The programme's checklist items the officers have not ticked for this application, in the call's order. */
    private List<String> uncheckedItems(SupportApplication application) {
        Set<String> ticked = application.checked();
        return calls.findByProgrammeCode(application.getProgrammeCode()).map(ProgrammeCall::checklistItems)
                .orElse(List.of()).stream().filter(item -> !ticked.contains(item)).toList();
    }

    private SupportApplication underReview(long applicationId, long expectedVersion) {
        SupportApplication application = access.forReview(applicationId, expectedVersion);
        if (!ApplicationStatus.UNDER_REVIEW.contains(application.getStatus())) {
            throw new UserFacingException("support.error.wrong-state");
        }
        return application;
    }

    private static String required(String raw, String field) {
        return FieldChecks.required(field, raw, NOTE_MAX);
    }

    private void event(SupportApplication application, String kind, String note) {
        events.save(new Records.Event(application.getId(), clock.instant(), kind, note));
    }

    private void flush() {
        ConcurrentChange.flush(applications::flush);
    }

    /** An amount in million VND as notifications and messages say it to people (4.800 · 0,5). */
    private static String inWords(BigDecimal millionVnd) {
        return Numbers.decimal(millionVnd, TranslationProvider.VIETNAMESE);
    }
}
