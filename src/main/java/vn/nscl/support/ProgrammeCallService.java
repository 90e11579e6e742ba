package vn.nscl.support;

import vn.nscl.shared.ui.Formats;

import vn.nscl.shared.ChangeList;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.catalogue.Programme;
import vn.nscl.shared.ConcurrentChange;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.SeedingLock;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.SystemTask;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.shared.UserFacingException;

/**
 * Chương trình hỗ trợ: the plan's programmes (catalogue) with their calls, which officers maintain: window, ceiling,
 * required own contribution, yearly quota, documents and review checklist. Every programme gets a closed call at
 * start-up; an officer opens it.
 */
@Service
public class ProgrammeCallService {

    public static final int DOCUMENTS_MAX = 2000;

    private final ProgrammeCallRepository calls;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final SeedingLock seeding;
    private final Clock clock;

    ProgrammeCallService(ProgrammeCallRepository calls, Catalogue catalogue, AuditLog audit, SeedingLock seeding,
            Clock clock) {
        this.calls = calls;
        this.seeding = seeding;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    /** Start-up seeding: under the seeding lock, so instances starting together add each call once. */
    @jakarta.annotation.PostConstruct
    void ensureCalls() {
        seeding.inTransaction(() -> SystemTask.run(() -> {
            for (Programme programme : catalogue.programmes()) {
                if (calls.findByProgrammeCode(programme.code()).isEmpty()) {
                    calls.save(new ProgrammeCall(programme.code(), clock.instant(), SystemTask.NAME));
                }
            }
        }));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CallView> calls() {
        LocalDate today = LocalDate.now(clock);
        List<CallView> views = new ArrayList<>();
        for (Programme programme : catalogue.programmes()) {
            calls.findByProgrammeCode(programme.code()).ifPresent(call -> views.add(call.toView(
                    programme.name(java.util.Locale.forLanguageTag("vi")), today)));
        }
        return views;
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void update(String programmeCode, CallEdit raw) {
        ProgrammeCall call = calls.findByProgrammeCode(programmeCode)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        if (call.getVersion() != raw.expectedVersion()) {
            throw new UserFacingException("error.changed-meanwhile");
        }
        List<String> checklist = raw.checklist() == null ? List.of() : raw.checklist().stream()
                .map(TextRules::singleLine).filter(s -> !s.isEmpty()).toList();
        CallEdit edit = new CallEdit(raw.openFrom(), raw.openUntil(), raw.ceiling(), raw.ownSharePercent(),
                raw.yearlyQuota(), TextRules.singleLine(raw.requiredDocuments()), checklist, raw.expectedVersion());
        List<FieldProblem> problems = new ArrayList<>();
        if ((edit.openFrom() == null) != (edit.openUntil() == null)
                || edit.openFrom() != null && edit.openUntil().isBefore(edit.openFrom())) {
            problems.add(new FieldProblem("window", "support.error.window"));
        }
        if (edit.ceiling() == null || edit.ceiling().signum() <= 0 || edit.ceiling().scale() > 2
                || edit.ceiling().compareTo(new BigDecimal("100000")) > 0) {
            problems.add(new FieldProblem("ceiling", "support.error.ceiling"));
        }
        if (edit.ownSharePercent() < 0 || edit.ownSharePercent() > 100) {
            problems.add(new FieldProblem("ownShare", "support.error.own-share"));
        }
        if (edit.yearlyQuota() < 1 || edit.yearlyQuota() > 1000) {
            problems.add(new FieldProblem("quota", "support.error.quota"));
        }
        if (edit.requiredDocuments().length() > DOCUMENTS_MAX || String.join("\n", checklist).length() > DOCUMENTS_MAX
                || checklist.size() > 20) {
            problems.add(new FieldProblem("documents", "error.too-long", DOCUMENTS_MAX));
        }
        FieldChecks.noInvisible(problems, "documents", edit.requiredDocuments(), "documents",
                String.join("\n", checklist));
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        CallView before = call.toView("", LocalDate.now(clock));
        call.update(edit, clock.instant(), SignedIn.actor());
        CallView after = call.toView("", LocalDate.now(clock));
        audit.record(SupportAuditActions.CALL_UPDATED, "programme-call", programmeCode, new ChangeList()
                .field("Nhận hồ sơ từ", Formats.date(before.openFrom()), Formats.date(after.openFrom()))
                .field("Nhận hồ sơ đến", Formats.date(before.openUntil()), Formats.date(after.openUntil()))
                .field("Mức hỗ trợ tối đa (triệu đồng)", before.ceiling(), after.ceiling())
                .field("Đối ứng tối thiểu (%)", before.ownSharePercent(), after.ownSharePercent())
                .field("Số hồ sơ mỗi năm", before.yearlyQuota(), after.yearlyQuota())
                .field("Tài liệu cần nộp", before.requiredDocuments(), after.requiredDocuments())
                .field("Danh mục kiểm tra", String.join("; ", before.checklist()), String.join("; ",
                        after.checklist())).toString());
        ConcurrentChange.flush(calls::flush);
    }
}
