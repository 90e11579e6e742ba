package vn.nscl.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An enterprise's application to a programme: the project, its budget and indicators, and the review's outcome.
 * The version guards every transition, so two officers deciding at once cannot both succeed.
 */
@Entity
@Table(name = "support_application")
class SupportApplication {

    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 4000;
    static final int TIMELINE_MAX = 2000;
    static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long enterpriseId;

    @Column(nullable = false, length = 20)
    private String programmeCode;

    @Column(nullable = false, length = TITLE_MAX)
    private String title = "";

    @Column(nullable = false, length = TEXT_MAX)
    private String objectives = "";

    @Column(nullable = false, length = TEXT_MAX)
    private String expectedResults = "";

    @Column(nullable = false, length = TIMELINE_MAX)
    private String timeline = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal requestedTotal = BigDecimal.ZERO;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal ownTotal = BigDecimal.ZERO;

    @Column(precision = 14, scale = 2)
    private BigDecimal approvedAmount;

    @Column(length = NOTE_MAX)
    private String conditions;

    @Column(length = NOTE_MAX)
    private String decisionNote;

    @Column(length = 254)
    private String firstApprover;

    /** The officer who takes care of the application (null: not assigned yet). */
    private Long reviewerId;

    @Column(length = 254)
    private String reviewerName;

    @Column(length = 1000)
    private String eligibilityReason;

    @Column(length = 2000)
    private String checkedItems;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant submittedAt;

    /** The applicant as it was at the last submission (name, commune, sector): what the queue lists and filters. */
    @Column(length = 200)
    private String applicantName;

    @Column(length = 5)
    private String communeCode;

    @Column(length = 1)
    private String sectorCode;
    private Instant decidedAt;

    @ElementCollection
    @CollectionTable(name = "application_budget_line", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<BudgetLine> budget = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_indicator", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<Indicator> indicators = new ArrayList<>();

    protected SupportApplication() {
    }

    SupportApplication(long enterpriseId, String programmeCode, Instant createdAt) {
        this.enterpriseId = enterpriseId;
        this.programmeCode = programmeCode;
        this.createdAt = createdAt;
    }

    void edit(ApplicationDraft draft) {
        title = draft.title();
        objectives = draft.objectives();
        expectedResults = draft.expectedResults();
        timeline = draft.timeline();
        budget = new ArrayList<>(draft.budget());
        indicators = new ArrayList<>(draft.indicators());
        requestedTotal = draft.budget().stream().map(BudgetLine::requested).reduce(BigDecimal.ZERO, BigDecimal::add);
        ownTotal = draft.budget().stream().map(BudgetLine::own).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    void submit(String eligibility, Instant at, String applicant, String commune, String sector) {
        status = ApplicationStatus.SUBMITTED;
        applicantName = applicant;
        communeCode = commune;
        sectorCode = sector;
        decisionNote = null;
        eligibilityReason = eligibility.length() > 1000 ? eligibility.substring(0, 1000) : eligibility;
        submittedAt = at;
    }

    void needsInformation(String comment) {
        status = ApplicationStatus.NEEDS_INFO;
        decisionNote = comment;
        clearApproval();
    }

    private void clearApproval() {
        firstApprover = null;
        approvedAmount = null;
        conditions = null;
    }

    void approvedOnce(BigDecimal amount, String conditionsText, String by) {
        status = ApplicationStatus.AWAITING_SECOND;
        approvedAmount = amount;
        conditions = conditionsText;
        firstApprover = by;
    }

    void approved(BigDecimal amount, String conditionsText, Instant at) {
        status = ApplicationStatus.APPROVED;
        decisionNote = null;
        approvedAmount = amount;
        conditions = conditionsText;
        decidedAt = at;
    }

    void rejected(String reason, Instant at) {
        status = ApplicationStatus.REJECTED;
        decisionNote = reason;
        clearApproval();
        decidedAt = at;
    }

    void withdrawn() {
        status = ApplicationStatus.WITHDRAWN;
    }

    void completed() {
        status = ApplicationStatus.COMPLETED;
    }

    /** The checklist items ticked, kept by their text: editing a call's checklist later does not move ticks. */
    void check(Set<String> items) {
        checkedItems = items.isEmpty() ? null : String.join("\n", new TreeSet<>(items));
    }

    Set<String> checked() {
        return checkedItems == null ? Set.of() : Set.copyOf(Arrays.asList(checkedItems.split("\n")));
    }

    BigDecimal getApprovedAmount() {
        return approvedAmount;
    }

    String getConditions() {
        return conditions == null ? "" : conditions;
    }

    ApplicationView toView(String enterpriseName, String communeCode, String sectorCode, String programmeName,
            boolean staff) {
        return new ApplicationView(id, enterpriseId, enterpriseName, communeCode, sectorCode, programmeCode,
                programmeName, title, objectives, expectedResults, timeline, status, List.copyOf(budget),
                List.copyOf(indicators), requestedTotal, ownTotal, approvedAmount, conditions, decisionNote,
                staff ? firstApprover : null, eligibilityReason, checked(), createdAt, submittedAt, decidedAt, version,
                staff ? reviewerId : null, staff ? reviewerName : null);
    }

    Long getId() {
        return id;
    }

    ApplicationRow toRow(String programmeName) {
        return new ApplicationRow(id, enterpriseId, applicantName, communeCode, sectorCode, programmeCode,
                programmeName, title, status, submittedAt, requestedTotal, ownTotal, approvedAmount, reviewerName);
    }

    void assignTo(Long accountId, String name) {
        reviewerId = accountId;
        reviewerName = name;
    }

    Long getReviewerId() {
        return reviewerId;
    }

    String getReviewerName() {
        return reviewerName;
    }

    long getVersion() {
        return version;
    }

    long getEnterpriseId() {
        return enterpriseId;
    }

    String getProgrammeCode() {
        return programmeCode;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    ApplicationStatus getStatus() {
        return status;
    }

    String getFirstApprover() {
        return firstApprover;
    }

    BigDecimal getRequestedTotal() {
        return requestedTotal;
    }

    BigDecimal getOwnTotal() {
        return ownTotal;
    }

    List<BudgetLine> getBudget() {
        return budget;
    }

    List<Indicator> getIndicators() {
        return indicators;
    }

    String getTitle() {
        return title;
    }

    boolean textsComplete() {
        return objectives.length() >= 10 && expectedResults.length() >= 10 && !timeline.isEmpty();
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }
}
