package vn.nscl.training;

import vn.nscl.shared.PdfDocuments;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.SvgCharts;

/** The one-page certificate of attendance, in Vietnamese as it is handed over. */
final class TrainingCertificate {

    private TrainingCertificate() {
    }

    static byte[] render(RegistrationView registration, CourseView course) {
        String html = "<html><head><meta charset=\"utf-8\"/><style>@page{size:A4 landscape;margin:20mm}"
                + "body{font-family:'" + PdfDocuments.FONT + "';text-align:center;color:#1d2939}"
                + "h1{color:#0b6e4f;font-size:26pt;margin-top:30mm}p{font-size:13pt}.name{font-size:22pt;font-weight:bold}"
                + ".meta{color:#475467;font-size:10pt}</style></head><body>"
                + "<h1>GIẤY CHỨNG NHẬN</h1><p>Đã tham gia khóa đào tạo, tập huấn</p>"
                + "<p><b>" + x(course.title()) + "</b></p>"
                + "<p>ngày " + x(Formats.date(course.startsOn())) + "</p>"
                + "<p class=\"name\">" + x(registration.staffName()) + "</p>"
                + "<p>" + x(registration.enterpriseName()) + "</p>"
                + "<p class=\"meta\">Số: " + x(registration.certificateNumber()) + " · Cấp ngày "
                + x(Formats.date(registration.certificateAt())) + "</p>"
                + "<p class=\"meta\">Sở Khoa học và Công nghệ</p></body></html>";
        return PdfDocuments.render(html);
    }

    private static String x(String text) {
        return SvgCharts.xml(text);
    }
}
