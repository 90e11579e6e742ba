package vn.nscl.support;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.files.FileDownload;
import vn.nscl.reference.ReferenceData;
import vn.nscl.security.Role;
import vn.nscl.shared.PdfDocuments;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.shared.ui.SvgCharts;
import vn.nscl.shared.ui.TranslationProvider;

/**
 * The submitted dossier as one PDF, in Vietnamese: who applies to which programme and when, the project, the budget
 * and indicators as tables, and every document with what it is for and its size, so the enterprise keeps a copy of
 * exactly what it sent and an officer can print it for a council.
 */
@Service
public class ApplicationDossier {

    private static final Locale VIETNAMESE = TranslationProvider.VIETNAMESE;

    private final ApplicationAccess access;
    private final ApplicationViews views;
    private final TranslationProvider translations;
    private final ReferenceData reference;

    ApplicationDossier(ApplicationAccess access, ApplicationViews views, TranslationProvider translations,
            ReferenceData reference) {
        this.access = access;
        this.views = views;
        this.translations = translations;
        this.reference = reference;
    }

    /** The dossier for its enterprise and officers (the same access as the application's page). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FileDownload pdf(long applicationId) {
        SupportApplication application = access.readable(applicationId);
        return new FileDownload("ho-so-de-nghi-ho-tro-" + applicationId + ".pdf", "application/pdf",
                render(views.detail(application, Role.signedInIsStaff())));
    }

    byte[] render(ApplicationDetail detail) {
        ApplicationView a = detail.application();
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"/><style>@page{size:A4;margin:18mm}"
                + "body{font-family:'" + PdfDocuments.FONT + "';font-size:10.5pt;color:#1d2939}"
                + "h1{font-size:15pt;text-align:center;margin:0 0 4mm}h2{font-size:12pt;margin:6mm 0 2mm}"
                + "table{border-collapse:collapse;width:100%}td,th{border:0.5pt solid #98a2b3;padding:1.5mm;"
                + "vertical-align:top}th{background:#f2f4f7;text-align:left}.n{text-align:right}"
                + ".meta{text-align:center;color:#475467}</style></head><body>");
        html.append("<p class=\"meta\">").append(x(t("dossier.issuer", reference.servedProvince().name())))
                .append("</p><h1>").append(x(t("dossier.title"))).append("</h1><p class=\"meta\">")
                .append(x(a.submittedAt() == null ? t("dossier.not-submitted")
                        : t("dossier.submitted", Formats.dateTime(a.submittedAt()))))
                .append("</p><table>");
        row(html, "dossier.enterprise", a.enterpriseName());
        row(html, "dossier.commune", reference.communeName(a.communeCode()));
        row(html, "dossier.programme", a.programmeName());
        row(html, "dossier.project", a.title());
        row(html, "dossier.status", t("application.status." + a.status().name()));
        html.append("</table>");
        section(html, "application.objectives", a.objectives());
        section(html, "application.expected-results", a.expectedResults());
        section(html, "application.timeline", a.timeline());
        budget(html, a);
        indicators(html, a);
        documents(html, detail);
        if (a.eligibilityReason() != null) {
            section(html, "application.eligibility", a.eligibilityReason());
        }
        return PdfDocuments.render(html.append("</body></html>").toString());
    }

    private void budget(StringBuilder html, ApplicationView a) {
        html.append("<h2>").append(x(t("application.budget"))).append("</h2><table><tr><th>")
                .append(x(t("dossier.item"))).append("</th><th class=\"n\">").append(x(t("dossier.requested")))
                .append("</th><th class=\"n\">").append(x(t("dossier.own"))).append("</th></tr>");
        a.budget().forEach(line -> html.append("<tr><td>").append(x(line.description())).append("</td>")
                .append(number(line.requested())).append(number(line.own())).append("</tr>"));
        html.append("<tr><th>").append(x(t("dossier.total"))).append("</th>").append(number(a.requestedTotal()))
                .append(number(a.ownTotal())).append("</tr></table>");
    }

    private void indicators(StringBuilder html, ApplicationView a) {
        html.append("<h2>").append(x(t("application.indicators"))).append("</h2><table><tr><th>")
                .append(x(t("dossier.indicator"))).append("</th><th>").append(x(t("dossier.unit")))
                .append("</th><th class=\"n\">").append(x(t("dossier.baseline"))).append("</th><th class=\"n\">")
                .append(x(t("dossier.target"))).append("</th></tr>");
        a.indicators().forEach(i -> html.append("<tr><td>").append(x(i.name())).append("</td><td>")
                .append(x(i.unit())).append("</td>").append(number(i.baseline())).append(number(i.target()))
                .append("</tr>"));
        html.append("</table>");
    }

    private void documents(StringBuilder html, ApplicationDetail detail) {
        html.append("<h2>").append(x(t("application.attachments"))).append("</h2><table><tr><th>")
                .append(x(t("dossier.document"))).append("</th><th>").append(x(t("dossier.file")))
                .append("</th><th class=\"n\">").append(x(t("dossier.size"))).append("</th></tr>");
        detail.attachments().forEach(file -> html.append("<tr><td>")
                .append(x(file.document() == null ? t("application.documents.other") : file.document()))
                .append("</td><td>").append(x(file.file().fileName())).append("</td><td class=\"n\">")
                .append(x(Numbers.plain(file.file().sizeBytes() / 1024.0, VIETNAMESE) + " KB"))
                .append("</td></tr>"));
        html.append("</table>");
    }

    private void row(StringBuilder html, String key, String value) {
        html.append("<tr><th>").append(x(t(key))).append("</th><td>").append(x(value == null ? "" : value))
                .append("</td></tr>");
    }

    private void section(StringBuilder html, String key, String text) {
        html.append("<h2>").append(x(t(key))).append("</h2><p>").append(x(text == null ? "" : text)).append("</p>");
    }

    private static String number(BigDecimal value) {
        return "<td class=\"n\">" + x(Numbers.decimal(value, VIETNAMESE)) + "</td>";
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, VIETNAMESE, args);
    }

    private static String x(String text) {
        return SvgCharts.xml(text);
    }
}
