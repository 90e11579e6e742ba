package vn.nscl.training;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.nscl.shared.Letterhead;
import vn.nscl.shared.OfficialDocument;
import vn.nscl.shared.PdfDocuments;
import vn.nscl.shared.QrCodes;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.SvgCharts;
import vn.nscl.shared.ui.TranslationProvider;

/**
 * The certificate of attendance in the form of an administrative document, in Vietnamese as it is handed over: the
 * province's letterhead with the certificate's number, place and date; "GIẤY CHỨNG NHẬN", the person, their
 * enterprise, the course with its dates and hours; the signature block; and a QR code with the verification code,
 * which opens the public page where anyone (an employer, an auditor) checks that it is genuine and not replaced.
 */
@Component
class TrainingCertificate {

    private static final Locale VIETNAMESE = TranslationProvider.VIETNAMESE;

    private final TranslationProvider translations;
    private final Letterhead letterhead;
    private final String publicUrl;

    TrainingCertificate(TranslationProvider translations, Letterhead letterhead,
            @Value("${nscl.public-url:http://localhost:8080}") String publicUrl) {
        this.translations = translations;
        this.letterhead = letterhead;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Where the QR code leads: the public verification page of this code. */
    String verificationUrl(String code) {
        return publicUrl + "/certificate/" + code;
    }

    byte[] render(RegistrationView registration, CourseView course) {
        String when = Formats.date(course.startsOn()) + (course.hours().isEmpty() ? "" : ", " + course.hours());
        String where = course.online() ? t("training.online") : course.place();
        String html = "<html><head><meta charset=\"utf-8\"/><style>@page{size:A4 landscape;margin:14mm 18mm}"
                + "body{font-family:'" + PdfDocuments.FONT + "';color:#000;font-size:11pt}"
                + OfficialDocument.HEADER_STYLE
                + ".frame{border:2pt double #0b6e4f;padding:8mm 10mm;height:160mm}"
                + "h1{text-align:center;color:#0b6e4f;font-size:24pt;margin:8mm 0 2mm}"
                + ".lead{text-align:center;font-size:12pt;font-weight:bold;margin:0 0 4mm}"
                + ".name{text-align:center;font-size:20pt;"
                + "font-weight:bold;margin:2mm 0}.line{text-align:center;margin:1.5mm 0}"
                + "table.foot{width:100%;margin-top:6mm;border-collapse:collapse}table.foot td{vertical-align:top;"
                + "border:none;padding:0}td.qr{width:45%;font-size:8.5pt}td.signer{text-align:center;"
                + "font-weight:bold}.space{height:22mm}</style></head><body><div class=\"frame\">"
                + OfficialDocument.header(letterhead, translations, VIETNAMESE,
                        t("certificate.number-line", registration.certificateNumber()),
                        Formats.day(registration.certificateAt()))
                + "<h1>" + x(t("certificate.title")) + "</h1>"
                + "<p class=\"lead\">" + x(t("certificate.lead", letterhead.signerTitle(),
                        letterhead.agency())) + "</p>"
                + "<p class=\"lead\">" + x(t("certificate.certifies")) + "</p>"
                + "<p class=\"name\">" + x(registration.staffName()) + "</p>"
                + (registration.staffRole() == null ? "" : "<p class=\"line\">" + x(registration.staffRole()) + "</p>")
                + "<p class=\"line\">" + x(t("certificate.of", registration.enterpriseName())) + "</p>"
                + "<p class=\"line\">" + x(t("certificate.attended")) + " <b>" + x(course.title()) + "</b></p>"
                + "<p class=\"line\">" + x(t("certificate.when-where", when, where)) + "</p>"
                + (course.trainer() == null ? "" : "<p class=\"line\">" + x(t("certificate.trainer", course.trainer()))
                        + "</p>")
                + "<table class=\"foot\"><tr><td class=\"qr\">"
                + QrCodes.svg(verificationUrl(registration.verificationCode()), "26mm")
                + "<div>" + x(t("certificate.verify", registration.verificationCode(), publicUrl + "/certificate"))
                + "</div></td><td class=\"signer\"><div>" + x(letterhead.signerTitle()) + "</div>"
                + "<div class=\"space\"></div><div>" + x(letterhead.signerName()) + "</div></td></tr></table>"
                + "</div></body></html>";
        return PdfDocuments.render(html);
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, VIETNAMESE, args);
    }

    private static String x(String text) {
        return SvgCharts.xml(text);
    }
}
