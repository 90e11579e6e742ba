package vn.nscl.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.nscl.catalogue.Catalogue;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.files.FileStore;
import vn.nscl.security.Role;
import vn.nscl.shared.SystemTask;

/** Builds application views once the caller's access was checked. */
@Component
class ApplicationViews {

    private final EnterpriseService enterprises;
    private final Catalogue catalogue;
    private final ProgrammeCallRepository calls;
    private final AttachmentRepository attachments;
    private final ApplicationEventRepository events;
    private final ReportRepository reports;
    private final FileStore files;
    private final Clock clock;

    ApplicationViews(EnterpriseService enterprises, Catalogue catalogue, ProgrammeCallRepository calls,
            AttachmentRepository attachments, ApplicationEventRepository events, ReportRepository reports,
            FileStore files, Clock clock) {
        this.enterprises = enterprises;
        this.catalogue = catalogue;
        this.calls = calls;
        this.attachments = attachments;
        this.events = events;
        this.reports = reports;
        this.files = files;
        this.clock = clock;
    }

    ApplicationView of(SupportApplication application) {
        return of(application, Role.signedInIsStaff());
    }

    ApplicationView of(SupportApplication application, boolean staff) {
        EnterpriseSummary enterprise = enterpriseOf(application);
        return application.toView(enterprise.name(), enterprise.communeCode(), enterprise.sectorCode(),
                catalogue.programmeName(application.getProgrammeCode(), Locale.forLanguageTag("vi")), staff);
    }

    ApplicationDetail detail(SupportApplication application, boolean staff) {
        LocalDate today = LocalDate.now(clock);
        CallView call = calls.findByProgrammeCode(application.getProgrammeCode())
                .map(c -> c.toView(catalogue.programmeName(c.getProgrammeCode(), Locale.forLanguageTag("vi")), today))
                .orElse(null);
        return new ApplicationDetail(of(application, staff), call,
                attachments.findByApplicationIdOrderById(application.getId()).stream()
                        .map(a -> new ApplicationDetail.AttachmentRef(a.getId(), files.describe(a.getFileId()),
                                a.getDocument()))
                        .toList(),
                events.findByApplicationIdOrderByAtAscIdAsc(application.getId()).stream()
                        .map(e -> e.toStep(staff)).toList(),
                reports.findByApplicationIdOrderBySubmittedAt(application.getId()).stream()
                        .map(r -> r.toRecord(r.getFileId() == null ? null : files.describe(r.getFileId()))).toList());
    }

    String enterpriseName(SupportApplication application) {
        return enterpriseOf(application).name();
    }

    Long enterpriseAccount(SupportApplication application) {
        return enterpriseOf(application).accountId();
    }

    /** The caller may see this application; its enterprise's name, commune and sector (as they are now) go with it. */
    EnterpriseSummary enterpriseOf(SupportApplication application) {
        return SystemTask.run(() -> enterprises.get(application.getEnterpriseId()));
    }
}
