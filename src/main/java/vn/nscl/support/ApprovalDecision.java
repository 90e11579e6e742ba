package vn.nscl.support;

import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.files.FileDownload;
import vn.nscl.reference.ReferenceData;
import vn.nscl.security.Role;
import vn.nscl.shared.Letterhead;
import vn.nscl.shared.OfficialDocument;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.shared.ui.TranslationProvider;

/**
 * The Department's decision to support an approved application, as a Vietnamese administrative decision: the
 * letterhead, "QUYẾT ĐỊNH Về việc hỗ trợ …", the director's authority, the legal bases (the province's plan, the call,
 * the dossier and its review), then the articles: what is supported with how much and on which conditions, the
 * enterprise's duties, entry into force; recipients and signature. Written from the same record the platform keeps,
 * so the amount and conditions on paper are those approved.
 */
@Service
public class ApprovalDecision {

    private static final Locale VIETNAMESE = TranslationProvider.VIETNAMESE;

    private final ApplicationAccess access;
    private final ApplicationViews views;
    private final TranslationProvider translations;
    private final ReferenceData reference;
    private final Letterhead letterhead;

    ApprovalDecision(ApplicationAccess access, ApplicationViews views, TranslationProvider translations,
            ReferenceData reference, Letterhead letterhead) {
        this.access = access;
        this.views = views;
        this.translations = translations;
        this.reference = reference;
        this.letterhead = letterhead;
    }

    /** For the enterprise and officers (who may read the application), once it is approved. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FileDownload pdf(long applicationId) {
        SupportApplication application = access.readable(applicationId);
        ApplicationDetail detail = views.detail(application, Role.signedInIsStaff());
        ApplicationStatus status = detail.application().status();
        if (status != ApplicationStatus.APPROVED && status != ApplicationStatus.COMPLETED) {
            throw new UserFacingException("decision.error.not-approved");
        }
        return new FileDownload("quyet-dinh-ho-tro-" + applicationId + ".pdf", "application/pdf",
                render(detail, views.enterpriseOf(application)));
    }

    byte[] render(ApplicationDetail detail, EnterpriseSummary enterprise) {
        ApplicationView a = detail.application();
        String name = a.enterpriseName();
        OfficialDocument document = OfficialDocument.start(letterhead, translations, VIETNAMESE, "QĐ",
                Formats.day(a.decidedAt()), t("decision.kind"), t("decision.subject", a.programmeName(), name));
        document.authority(t("decision.authority", letterhead.signerTitle(), letterhead.agency()))
                .basis(t("decision.basis.plan", letterhead.planReference()));
        if (detail.call() != null) {
            document.basis(t("decision.basis.call", a.programmeName()));
        }
        document.basis(t("decision.basis.dossier", name, Formats.date(a.submittedAt())))
                .authority(t("decision.decides"))
                .article(t("decision.article", 1), t("decision.article1", name, enterprise.enterpriseCode(),
                        reference.communeName(enterprise.communeCode()), a.title(), a.programmeName(),
                        Numbers.money(a.approvedAmount(), VIETNAMESE)));
        if (a.conditions() != null && !a.conditions().isBlank()) {
            document.paragraph(t("decision.conditions", a.conditions()));
        }
        document.article(t("decision.article", 2), t("decision.article2", name))
                .article(t("decision.article", 3), t("decision.article3", name))
                .closing(List.of(t("decision.to.article3"), t("report.official.to.province"),
                        t("official.archive", letterhead.abbreviation())));
        return document.pdf();
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, VIETNAMESE, args);
    }
}
