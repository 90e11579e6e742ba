package vn.nscl.training;

import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.PdfDocuments;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.SvgCharts;
import vn.nscl.shared.ui.TranslationProvider;

/**
 * The one-page certificate of attendance, in Vietnamese as it is handed over, issued in the name of the Department
 * of the province this installation serves.
 */
@Component
class TrainingCertificate {

    private static final Locale VIETNAMESE = TranslationProvider.VIETNAMESE;

    private final TranslationProvider translations;
    private final ReferenceData reference;

    TrainingCertificate(TranslationProvider translations, ReferenceData reference) {
        this.translations = translations;
        this.reference = reference;
    }

    byte[] render(RegistrationView registration, CourseView course) {
        String html = "<html><head><meta charset=\"utf-8\"/><style>@page{size:A4 landscape;margin:20mm}"
                + "body{font-family:'" + PdfDocuments.FONT + "';text-align:center;color:#1d2939}"
                + "h1{color:#0b6e4f;font-size:26pt;margin-top:30mm}p{font-size:13pt}"
                + ".name{font-size:22pt;font-weight:bold}.meta{color:#475467;font-size:10pt}</style></head><body>"
                + "<h1>" + x(t("certificate.title")) + "</h1><p>" + x(t("certificate.attended")) + "</p>"
                + "<p><b>" + x(course.title()) + "</b></p>"
                + "<p>" + x(t("certificate.on", Formats.date(course.startsOn()))) + "</p>"
                + "<p class=\"name\">" + x(registration.staffName()) + "</p>"
                + "<p>" + x(registration.enterpriseName()) + "</p>"
                + "<p class=\"meta\">" + x(t("certificate.number", registration.certificateNumber(),
                        Formats.date(registration.certificateAt()))) + "</p>"
                + "<p class=\"meta\">" + x(t("certificate.issuer", reference.servedProvince().name())) + "</p>"
                + "</body></html>";
        return PdfDocuments.render(html);
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, VIETNAMESE, args);
    }

    private static String x(String text) {
        return SvgCharts.xml(text);
    }
}
