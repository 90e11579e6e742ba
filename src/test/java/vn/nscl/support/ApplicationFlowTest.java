package vn.nscl.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.security.AccountService;
import vn.nscl.security.NewAccount;
import vn.nscl.security.Role;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.testsupport.TestApplications;
import vn.nscl.testsupport.TestApplications.Applicant;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.shared.TimelineStep;
import vn.nscl.testsupport.TestFiles;

/** Applications through the services: eligibility, windows, budgets, files, the review workflow, four eyes, races. */
@SpringBootTest
class ApplicationFlowTest {

    static final String OFFICER = "officer@example.com";
    static final BigDecimal SMALL = new BigDecimal("80");
    static final BigDecimal OWN = new BigDecimal("40");

    @Autowired
    ApplicationService applications;

    @Autowired
    ReviewService reviews;

    @Autowired
    ApplicationDossier dossiers;

    @Autowired
    ApprovalDecision decisions;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    vn.nscl.notification.NotificationService notifications;

    @Autowired
    ProgrammeCallService calls;

    @Autowired
    TestApplications test;

    @Autowired
    TestEnterprises as;

    @Autowired
    vn.nscl.testsupport.TestExperts experts;

    @Autowired
    AccountService accounts;

    ApplicationView view(String email, long id) {
        return as.as(email, () -> applications.detail(id).application());
    }

    long version(String email, long id) {
        return view(email, id).version();
    }

    @Test
    void an_application_is_submitted_sent_back_resubmitted_approved_reported_and_completed() {
        Applicant applicant = test.applicant();
        String email = applicant.enterprise().email();
        long draft = test.completeDraft(applicant, SMALL, OWN);
        assertThatThrownBy(() -> as.run(OFFICER, () -> reviews.approve(draft, SMALL, "", version(OFFICER, draft))))
                .as("a draft is not for review").hasMessageContaining("support.error.wrong-state");
        long id = test.submitted(applicant, SMALL, OWN);
        assertThat(view(email, id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(view(email, id).eligibilityReason()).isNotBlank();
        assertThatThrownBy(() -> as.run(email, () -> applications.save(id, TestApplications.draft("Sửa sau khi nộp",
                SMALL, OWN, version(email, id))))).as("submitted: no more edits")
                .hasMessageContaining("support.error.not-editable");
        assertThatThrownBy(() -> as.run(OFFICER, () -> reviews.approve(id, new BigDecimal("999"), "",
                version(OFFICER, id)))).as("never more than asked").hasMessageContaining("error");

        java.util.function.Supplier<Boolean> colleagueStillToRead = () -> as.as("officer2@example.com",
                () -> notifications.mine()).stream().anyMatch(n -> n.link().equals("applications/" + id) && !n.read());
        assertThat(colleagueStillToRead.get()).as("every officer is told of a new application").isTrue();
        as.run(OFFICER, () -> reviews.askForInformation(id, "Bổ sung báo giá", version(OFFICER, id)));
        assertThat(view(email, id).status()).isEqualTo(ApplicationStatus.NEEDS_INFO);
        assertThat(colleagueStillToRead.get()).as("handled by a colleague: read for every officer").isFalse();
        as.run(email, () -> applications.save(id, TestApplications.draft("Áp dụng 5S cho xưởng (đã bổ sung)", SMALL,
                OWN, version(email, id))));
        assertThatThrownBy(() -> as.run(email, () -> applications.submit(id, version(email, id))))
                .as("a resubmission answers the request").isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.fieldProblems()).extracting(FieldProblem::field).containsExactly("reply"));
        as.run(email, () -> applications.submit(id, version(email, id), "Đã bổ sung báo giá của đơn vị tư vấn"));
        assertThat(as.as(OFFICER, () -> applications.changesSinceLastSubmission(id)))
                .as("the officer sees what changed, field by field").singleElement().satisfies(c -> {
                    assertThat(c.labelKey()).isEqualTo("application.title");
                    assertThat(c.after()).isEqualTo("Áp dụng 5S cho xưởng (đã bổ sung)");
                    assertThat(c.before()).isEqualTo("Áp dụng 5S cho xưởng sản xuất");
                });
        assertThat(as.as(OFFICER, () -> applications.detail(id)).timeline()).filteredOn(s -> s.kind()
                .equals("RESUBMITTED")).singleElement().satisfies(s -> assertThat(s.note())
                        .isEqualTo("Đã bổ sung báo giá của đơn vị tư vấn"));
        List<String> items = callOf(applicant.programme()).checklist();
        as.run(OFFICER, () -> reviews.setChecklist(id, Set.of(items.get(0), items.get(2)), version(OFFICER, id)));
        assertThatThrownBy(() -> as.run(OFFICER, () -> reviews.setChecklist(id, Set.of("Không có trong danh mục"),
                version(OFFICER, id)))).hasMessageContaining("support.error.checklist");
        assertThatThrownBy(() -> as.run(OFFICER, () -> reviews.approve(id, new BigDecimal("70"), "Báo cáo sau 6 tháng",
                version(OFFICER, id)))).as("not with checklist items unticked and no reason")
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::messageKey).containsExactly("review.error.checklist-open"));
        as.run(OFFICER, () -> reviews.approve(id, new BigDecimal("70"), "Báo cáo sau 6 tháng",
                "Báo giá đã nhận bản giấy", version(OFFICER, id)));
        ApplicationView approved = view(email, id);
        assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(approved.approvedAmount()).isEqualByComparingTo("70");
        assertThat(approved.checkedItems()).containsExactlyInAnyOrder(items.get(0), items.get(2));
        assertThat(approved.decisionNote()).as("the old request for information is not shown as the decision").isNull();
        assertThatThrownBy(() -> as.run(OFFICER, () -> reviews.setChecklist(id, Set.of(), version(OFFICER, id))))
                .as("the review record is closed once decided").hasMessageContaining("support.error.wrong-state");

        as.run(email, () -> applications.report(id, version(email, id), false, "Đã đào tạo 12 người", null, null));
        as.run(email, () -> applications.report(id, version(email, id), true, "Hoàn thành, năng suất tăng 16%",
                "bao-cao.pdf", TestFiles.pdf("bao cao")));
        ApplicationDetail detail = as.as(email, () -> applications.detail(id));
        assertThat(detail.application().status()).isEqualTo(ApplicationStatus.COMPLETED);
        assertThatThrownBy(() -> as.run(email, () -> applications.withdraw(id, version(email, id))))
                .hasMessageContaining("support.error.wrong-state");
        assertThat(detail.reports()).hasSize(2);
        assertThat(detail.timeline()).extracting(TimelineStep::kind).containsExactly("CREATED", "SUBMITTED",
                "NEEDS_INFO", "RESUBMITTED", "APPROVED", "PROGRESS", "COMPLETED");
        assertThat(detail.timeline()).as("the enterprise does not see officers' e-mails")
                .allSatisfy(s -> assertThat(s.actor()).isEmpty());
        assertThat(detail.timeline()).filteredOn(s -> s.kind().equals("APPROVED")).singleElement()
                .satisfies(s -> assertThat(s.note()).as("the amount as people write it")
                        .startsWith("70 triệu đồng — Báo cáo sau 6 tháng — Ngoại lệ danh mục kiểm tra (")
                        .endsWith("): Báo giá đã nhận bản giấy"));
        assertThat(as.as(OFFICER, () -> applications.detail(id)).timeline()).as("officers see who acted, by name")
                .anySatisfy(s -> assertThat(s.actor()).isEqualTo("Nguyễn Thị Minh Châu"));
    }

    @Test
    void submission_is_refused_with_reasons_and_nothing_changes() {
        Applicant applicant = test.applicant();
        String email = applicant.enterprise().email();
        long id = as.as(email, () -> applications.start(applicant.programme()));
        assertThatThrownBy(() -> as.run(email, () -> applications.submit(id, version(email, id))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field).contains("title", "objectives", "budget", "indicators"));
        assertThatThrownBy(() -> as.run(email, () -> applications.save(id, TestApplications.draft("Dự án",
                new BigDecimal("-5"), OWN, version(email, id))))).hasMessageContaining("error")
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field).containsExactly("budget"));
        as.run(email, () -> applications.save(id, TestApplications.draft("<script>alert(1)</script> Dự án 5S",
                new BigDecimal("1000"), new BigDecimal("10"), version(email, id))));
        as.run(email, () -> applications.attach(id, version(email, id), null, "a.pdf", TestFiles.pdf("a")));
        assertThat(view(email, id).title()).as("kept as typed, shown as text").startsWith("<script>");
        assertThatThrownBy(() -> as.run(email, () -> applications.submit(id, version(email, id))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::messageKey)
                        .contains("support.error.over-ceiling", "support.error.own-share-low"));
        assertThat(view(email, id).status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThatThrownBy(() -> as.run(email, () -> applications.attach(id, version(email, id), null, "virus.pdf",
                "MZ program".getBytes()))).hasMessageContaining("files.error.kind");
        assertThat(as.as(email, () -> applications.detail(id)).attachments()).hasSize(1);
    }

    @Test
    void the_submitted_dossier_is_one_pdf_with_the_budget_and_every_document_under_what_it_is_for() throws Exception {
        Applicant applicant = test.applicant();
        long id = test.submitted(applicant, new BigDecimal("60"), new BigDecimal("40.5"));
        String email = applicant.enterprise().email();
        var pdf = as.as(email, () -> dossiers.pdf(id));
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.content())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertThat(text).contains("HỒ SƠ ĐỀ NGHỊ HỖ TRỢ", "Nộp lúc", "Áp dụng 5S cho xưởng sản xuất", "Chuyên gia tư vấn",
                "40,5", "Thuyết minh dự án (PDF hoặc DOCX)", "Báo giá hoặc dự toán chi phí", "tai-lieu.pdf");
        assertThat(as.as(OFFICER, () -> dossiers.pdf(id)).content()).as("officers print it too").isNotEmpty();
        var stranger = as.create("C", false, EnterpriseType.ENTERPRISE);
        assertThatThrownBy(() -> as.as(stranger.email(), () -> dossiers.pdf(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /**
     * Once approved, the support decision is an administrative decision with the approved amount and conditions; the
     * first page is rendered to target/documents/approval-decision.png for people checking the layout.
     */
    @Test
    void an_approved_application_has_its_decision_in_administrative_form() throws Exception {
        Applicant applicant = test.applicant();
        long id = test.checked(applicant, new BigDecimal("50"), new BigDecimal("40"));
        String email = applicant.enterprise().email();
        assertThatThrownBy(() -> as.as(email, () -> decisions.pdf(id))).as("not before the approval")
                .hasMessageContaining("decision.error.not-approved");
        as.run(OFFICER, () -> reviews.approve(id, new BigDecimal("45"), "Báo cáo kết quả sau 6 tháng",
                version(OFFICER, id)));
        var pdf = as.as(email, () -> decisions.pdf(id));
        assertThat(pdf.fileName()).isEqualTo("quyet-dinh-ho-tro-" + id + ".pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.content())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            ApplicationView approved = view(email, id);
            assertThat(text).contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "/QĐ-SKHCN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "QUYẾT ĐỊNH", "Về việc hỗ trợ " + approved.programmeName(),
                    "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Căn cứ Kế hoạch", "QUYẾT ĐỊNH:", "Điều 1.",
                    approved.enterpriseName(), approved.title(), "45 triệu đồng",
                    "Điều kiện kèm theo: Báo cáo kết quả sau 6 tháng", "Điều 2.", "Điều 3.", "Nơi nhận:",
                    "Như Điều 3;", "Lưu: VT, SKHCN.");
            java.nio.file.Path out = java.nio.file.Path.of("target", "documents");
            java.nio.file.Files.createDirectories(out);
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0,
                    80), "png", out.resolve("approval-decision.png").toFile());
        }
        assertThat(as.as(OFFICER, () -> decisions.pdf(id)).content()).as("officers print it").isNotEmpty();
        var stranger = as.create("C", false, EnterpriseType.ENTERPRISE);
        assertThatThrownBy(() -> as.as(stranger.email(), () -> decisions.pdf(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_enterprise_without_a_self_assessment_is_not_eligible_and_cannot_submit() {
        var enterprise = as.create("C", false, EnterpriseType.ENTERPRISE);
        Applicant applicant = new Applicant(enterprise, "P3");
        long id = test.completeDraft(applicant, SMALL, OWN);
        ApplicationService.SubmissionCheck check = as.as(enterprise.email(), () -> applications.check(id));
        assertThat(check.eligibility().eligible()).isFalse();
        assertThat(check.eligibility().reasonVi()).contains("tự đánh giá");
        assertThatThrownBy(() -> as.run(enterprise.email(), () -> applications.submit(id,
                version(enterprise.email(), id)))).hasMessageContaining("support.error.not-eligible");
    }

    @Test
    void nothing_can_be_submitted_after_the_call_closed() {
        Applicant applicant = test.applicant();
        long id = test.completeDraft(applicant, SMALL, OWN);
        CallView call = callOf(applicant.programme());
        LocalDate yesterday = LocalDate.now().minusDays(1);
        as.run(OFFICER, () -> calls.update(call.programmeCode(), new CallEdit(yesterday.minusDays(30), yesterday,
                call.ceiling(), call.ownSharePercent(), call.yearlyQuota(), call.requiredDocuments(), call.checklist(),
                call.version())));
        try {
            assertThatThrownBy(() -> as.run(applicant.enterprise().email(), () -> applications.submit(id,
                    version(applicant.enterprise().email(), id)))).hasMessageContaining("support.error.call-closed");
            assertThat(view(applicant.enterprise().email(), id).status()).isEqualTo(ApplicationStatus.DRAFT);
        } finally {
            reopen(call);
        }
    }

    @Test
    void an_application_sent_back_for_information_may_come_back_after_the_call_closed() {
        Applicant applicant = test.applicant();
        String email = applicant.enterprise().email();
        long id = test.submitted(applicant, SMALL, OWN);
        as.run(OFFICER, () -> reviews.askForInformation(id, "Bổ sung báo giá", version(OFFICER, id)));
        CallView call = callOf(applicant.programme());
        LocalDate yesterday = LocalDate.now().minusDays(1);
        as.run(OFFICER, () -> calls.update(call.programmeCode(), new CallEdit(yesterday.minusDays(30), yesterday,
                call.ceiling(), call.ownSharePercent(), call.yearlyQuota(), call.requiredDocuments(), call.checklist(),
                call.version())));
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'CALL_UPDATED' order by id "
                + "desc limit 1", String.class)).as("the edit's before and after, in words")
                .contains("Nhận hồ sơ đến: " + vn.nscl.shared.ui.Formats.date(call.openUntil()) + " → "
                        + vn.nscl.shared.ui.Formats.date(yesterday)).doesNotContain("Mức hỗ trợ tối đa");
        try {
            as.run(email, () -> applications.submit(id, version(email, id), "Đã bổ sung báo giá"));
            assertThat(view(email, id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        } finally {
            reopen(call);
        }
    }

    void reopen(CallView call) {
        CallView closed = callOf(call.programmeCode());
        as.run(OFFICER, () -> calls.update(call.programmeCode(), new CallEdit(call.openFrom(), call.openUntil(),
                call.ceiling(), call.ownSharePercent(), call.yearlyQuota(), call.requiredDocuments(),
                call.checklist(), closed.version())));
    }

    CallView callOf(String code) {
        return as.as(OFFICER, () -> calls.calls()).stream().filter(c -> c.programmeCode().equals(code)).findFirst()
                .orElseThrow();
    }

    @Test
    void large_amounts_need_a_second_different_officer() {
        Applicant applicant = test.applicant();
        CallView call = callOf(applicant.programme());
        BigDecimal requested = reviews.fourEyesAbove().add(new BigDecimal("50"));
        if (call.ceiling().compareTo(requested) < 0) {
            as.run(OFFICER, () -> calls.update(call.programmeCode(), new CallEdit(call.openFrom(), call.openUntil(),
                    requested, call.ownSharePercent(), call.yearlyQuota(), call.requiredDocuments(), call.checklist(),
                    call.version())));
        }
        long id = test.checked(applicant, requested, requested);
        as.run(OFFICER, () -> reviews.approve(id, requested, "", version(OFFICER, id)));
        assertThat(view(OFFICER, id).status()).isEqualTo(ApplicationStatus.AWAITING_SECOND);
        assertThatThrownBy(() -> as.run(OFFICER, () -> reviews.approve(id, requested, "", version(OFFICER, id))))
                .hasMessageContaining("support.error.four-eyes");
        String second = secondOfficer();
        as.run(second, () -> reviews.approve(id, requested.subtract(BigDecimal.TEN), "", version(second, id)));
        assertThat(view(OFFICER, id)).as("other terms are a new first approval, not a confirmation").satisfies(a -> {
            assertThat(a.status()).isEqualTo(ApplicationStatus.AWAITING_SECOND);
            assertThat(a.firstApprover()).isEqualTo(second);
        });
        as.run(OFFICER, () -> reviews.approve(id, requested.subtract(BigDecimal.TEN), "", version(OFFICER, id)));
        assertThat(view(OFFICER, id).status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(view(OFFICER, id).approvedAmount()).isEqualByComparingTo(requested.subtract(BigDecimal.TEN));
        assertThat(view(applicant.enterprise().email(), id).firstApprover()).as("no officer e-mail for enterprises")
                .isNull();
    }

    @Test
    void one_open_application_per_programme_and_a_withdrawn_draft_is_not_in_the_queue() {
        Applicant applicant = test.applicant();
        String email = applicant.enterprise().email();
        long first = as.as(email, () -> applications.start(applicant.programme()));
        assertThat(as.as(email, () -> applications.start(applicant.programme()))).as("the draft continues")
                .isEqualTo(first);
        as.run(email, () -> applications.save(first, new ApplicationDraft("Dự án thử", "", "", "", List.of(),
                List.of(new Indicator("Chỉ tiêu chưa có mục tiêu", "%", null, null)), version(email, first))));
        as.run(email, () -> applications.withdraw(first, version(email, first)));
        assertThat(as.as(OFFICER, () -> queue(ReviewFilter.all()))).extracting(ApplicationRow::id)
                .doesNotContain(first);
        long submitted = test.submitted(applicant, SMALL, OWN);
        assertThat(submitted).isNotEqualTo(first);
        assertThatThrownBy(() -> as.as(email, () -> applications.start(applicant.programme())))
                .hasMessageContaining("support.error.already-applying");
    }

    @Test
    void the_queue_is_filtered_sorted_and_paged_by_the_database_with_the_applicant_as_submitted() {
        String commune = experts.freshCommune();
        Applicant first = test.applicant(commune);
        Applicant second = test.applicant(commune);
        long small = test.submitted(first, new BigDecimal("40"), OWN);
        long large = test.submitted(second, new BigDecimal("90"), OWN);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        ReviewFilter here = new ReviewFilter(null, null, commune, "C", today, today);

        assertThat(as.as(OFFICER, () -> reviews.count(here))).isEqualTo(2);
        var byAmount = org.springframework.data.domain.PageRequest.of(0, 1,
                org.springframework.data.domain.Sort.by("requestedTotal"));
        assertThat(as.as(OFFICER, () -> reviews.queue(here, byAmount))).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(small);
            assertThat(row.communeCode()).isEqualTo(commune);
            assertThat(row.sectorCode()).isEqualTo("C");
            assertThat(row.applicantName()).startsWith("Cơ sở thử nghiệm");
            assertThat(row.programmeName()).isNotBlank();
        });
        assertThat(as.as(OFFICER, () -> reviews.queue(here, byAmount.next()))).extracting(ApplicationRow::id)
                .containsExactly(large);
        assertThat(as.as(OFFICER, () -> reviews.queue(here, org.springframework.data.domain.PageRequest.of(0, 10,
                org.springframework.data.domain.Sort.by("requestedTotal").descending()))))
                .extracting(ApplicationRow::id).containsExactly(large, small);
        assertThat(as.as(OFFICER, () -> reviews.queue(here, org.springframework.data.domain.PageRequest.of(0, 10,
                org.springframework.data.domain.Sort.by("budget; drop table support_application")))))
                .as("a sort the queue does not offer is ignored: newest first").extracting(ApplicationRow::id)
                .containsExactly(large, small);

        assertThat(as.as(OFFICER, () -> queue(new ReviewFilter(null, null, commune, "A", null, null)))).isEmpty();
        assertThat(as.as(OFFICER, () -> queue(new ReviewFilter(null, null, commune, null, today.plusDays(1), null)))).isEmpty();
        assertThat(as.as(OFFICER, () -> queue(new ReviewFilter(null, null, commune, null, null, today.minusDays(1))))).isEmpty();
        assertThat(as.as(OFFICER, () -> queue(new ReviewFilter(first.programme(), ApplicationStatus.SUBMITTED,
                commune, null, null, null)))).extracting(ApplicationRow::id).contains(small);
        assertThatThrownBy(() -> as.as(first.enterprise().email(), () -> reviews.queue(here,
                org.springframework.data.domain.PageRequest.of(0, 10)))).isInstanceOf(AccessDeniedException.class);
    }

    /** The first 500 of the officers' queue (the tests' applications are among the newest). */
    List<ApplicationRow> queue(ReviewFilter filter) {
        return reviews.queue(filter, org.springframework.data.domain.PageRequest.of(0, 500));
    }

    String secondOfficer() {
        String email = "can-bo-2-" + System.nanoTime() + "@example.vn";
        as.run("admin@example.com", () -> accounts.createAccount(new NewAccount(email, "bau-troi-xanh-ngat-2026",
                "Cán bộ thứ hai", "0905999888", "Sở KH&CN", java.util.Locale.forLanguageTag("vi")),
                Set.of(Role.OFFICER)));
        return email;
    }

    @Test
    void two_officers_deciding_at_once_give_exactly_one_decision() throws Exception {
        Applicant applicant = test.applicant();
        long id = test.checked(applicant, SMALL, OWN);
        long seen = version(OFFICER, id);
        String second = secondOfficer();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = pool.invokeAll(List.of(
                    () -> decide(start, OFFICER, () -> reviews.approve(id, SMALL, "", seen)),
                    () -> decide(start, second, () -> reviews.reject(id, "Không phù hợp", seen))));
            int succeeded = 0;
            for (Future<Boolean> result : results) {
                succeeded += result.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        ApplicationDetail detail = as.as(OFFICER, () -> applications.detail(id));
        assertThat(detail.application().status()).isIn(ApplicationStatus.APPROVED, ApplicationStatus.REJECTED);
        assertThat(detail.timeline()).filteredOn(s -> Set.of("APPROVED", "REJECTED").contains(s.kind())).hasSize(1);
        assertThatThrownBy(() -> as.run(OFFICER, () -> reviews.reject(id, "lần nữa", seen)))
                .as("a decision on a version that changed meanwhile").hasMessageContaining("error.changed-meanwhile");
    }

    @Test
    void two_approvals_at_once_for_the_last_place_of_the_yearly_quota_give_it_to_exactly_one() throws Exception {
        Applicant first = test.applicant();
        Applicant second = new Applicant(test.applicant().enterprise(), first.programme());
        long a = test.checked(first, SMALL, OWN);
        long b = test.checked(second, SMALL, OWN);
        long approved = as.as(OFFICER, () -> queue(ReviewFilter.all())).stream()
                .filter(v -> v.programmeCode().equals(first.programme()))
                .filter(v -> v.status() == ApplicationStatus.APPROVED || v.status() == ApplicationStatus.COMPLETED)
                .count();
        CallView call = callOf(first.programme());
        as.run(OFFICER, () -> calls.update(call.programmeCode(), new CallEdit(call.openFrom(), call.openUntil(),
                call.ceiling(), call.ownSharePercent(), (int) approved + 1, call.requiredDocuments(),
                call.checklist(), call.version())));
        String other = secondOfficer();
        long va = version(OFFICER, a);
        long vb = version(OFFICER, b);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int succeeded = 0;
            List<java.util.concurrent.Callable<Boolean>> both = List.of(
                    () -> decide(start, OFFICER, () -> reviews.approve(a, SMALL, "", va)),
                    () -> decide(start, other, () -> reviews.approve(b, SMALL, "", vb)));
            for (Future<Boolean> result : pool.invokeAll(both)) {
                succeeded += result.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            pool.shutdown();
            reopen(call);
        }
    }

    boolean decide(CyclicBarrier start, String email, Runnable decision) throws Exception {
        start.await();
        try {
            as.run(email, decision);
            return true;
        } catch (UserFacingException | org.springframework.dao.DataAccessException lost) {
            return false;
        }
    }

    @Test
    void another_enterprise_sees_nothing_of_an_application_or_its_files() {
        Applicant applicant = test.applicant();
        long id = test.completeDraft(applicant, SMALL, OWN);
        long fileId = as.as(applicant.enterprise().email(), () -> applications.detail(id)).attachments().getFirst()
                .file().id();
        var other = as.create("C", false, EnterpriseType.ENTERPRISE);
        assertThatThrownBy(() -> as.as(other.email(), () -> applications.detail(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as(other.email(), () -> applications.file(id, fileId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run(other.email(), () -> applications.submit(id, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as("expert@example.com", () -> applications.detail(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run(applicant.enterprise().email(), () -> reviews.reject(id, "x", 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as.as(OFFICER, () -> applications.file(id, fileId)).content()).startsWith("%PDF".getBytes());
    }

    @Test
    void the_filtered_queue_exports_to_a_workbook_that_holds_the_numbers() throws Exception {
        Applicant applicant = test.applicant();
        long id = test.submitted(applicant, new BigDecimal("77.50"), OWN);
        ReviewFilter filter = new ReviewFilter(applicant.programme(), ApplicationStatus.SUBMITTED, null, null, null,
                null);
        assertThat(as.as(OFFICER, () -> queue(filter))).extracting(ApplicationRow::id).contains(id);
        assertThat(as.as(OFFICER, () -> queue(new ReviewFilter(null, ApplicationStatus.REJECTED, null, null,
                null, null)))).extracting(ApplicationRow::id).doesNotContain(id);
        byte[] xlsx = as.as(OFFICER, () -> reviews.exportXlsx(filter));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Doanh nghiệp");
            assertThat(sheet.getColumnWidth(1)).as("wide enough to read a name").isGreaterThan(30 * 256);
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if ((long) sheet.getRow(r).getCell(0).getNumericCellValue() == id) {
                    var row = sheet.getRow(r);
                    assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(77.5);
                    assertThat(row.getCell(6).getStringCellValue()).as("the status in words")
                            .isEqualTo("Chờ thẩm định");
                    assertThat(row.getCell(2).getStringCellValue()).as("the commune by its name").startsWith("Xã ")
                            .doesNotContainPattern("^\\d+$");
                    assertThat(row.getCell(4).getStringCellValue()).as("the programme by its name")
                            .isNotEqualTo(applicant.programme()).hasSizeGreaterThan(10);
                    assertThat(row.getCell(7).getCellType()).as("a real date").isEqualTo(
                            org.apache.poi.ss.usermodel.CellType.NUMERIC);
                    assertThat(row.getCell(7).getLocalDateTimeCellValue().toLocalDate())
                            .isEqualTo(LocalDate.now(vn.nscl.shared.ui.Formats.VIETNAM));
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void an_officer_sets_a_call_and_bad_terms_are_refused_field_by_field() {
        CallView call = callOf("P5");
        assertThatThrownBy(() -> as.run(OFFICER, () -> calls.update("P5", new CallEdit(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1), new BigDecimal("-1"), 120, 0, "", List.of(), call.version()))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("window", "ceiling", "ownShare", "quota"));
        assertThat(callOf("P5").version()).isEqualTo(call.version());
        assertThatThrownBy(() -> as.run("enterprise@example.com", () -> calls.update("P5", new CallEdit(null, null,
                BigDecimal.TEN, 10, 1, "", List.of(), call.version())))).isInstanceOf(AccessDeniedException.class);
    }
}
