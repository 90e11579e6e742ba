package vn.nscl.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.testsupport.TestEnterprises;

/**
 * A course with its hours, trainer, deadline and audience; its certificate as an administrative document whose QR
 * code opens the verification page; a reissue that replaces it; the attendance sheet to sign and to keep.
 */
@SpringBootTest
class CertificatesTest {

    static final String OFFICER = "officer@example.com";

    @Autowired
    TrainingService training;

    @Autowired
    TrainingCertificates certificates;

    @Autowired
    AttendanceSheets sheets;

    @Autowired
    TestEnterprises as;

    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    CourseEdit course(LocalDate day, LocalTime from, LocalTime to, LocalDate deadline) {
        return new CourseEdit("Tập huấn 5S cho hộ kinh doanh", Topic.TOOLS, "Thực hành 5S", day, "Hội trường Sở",
                false, 20, 0, from, to, "ThS. Trần Văn Năng", deadline, "Chủ hộ kinh doanh, tổ trưởng sản xuất");
    }

    @Test
    void a_course_has_hours_trainer_deadline_and_audience_and_registration_closes_at_the_deadline() {
        assertThatThrownBy(() -> as.run(OFFICER, () -> training.publish(course(today().plusDays(5),
                LocalTime.of(11, 0), LocalTime.of(8, 0), today().plusDays(6)))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("endsAt", "registrationDeadline"));
        long id = as.as(OFFICER, () -> training.publish(course(today().plusDays(5), LocalTime.of(8, 0),
                LocalTime.of(11, 30), today().minusDays(1))));
        CourseView view = as.as(OFFICER, () -> training.courses()).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow();
        assertThat(view.trainer()).isEqualTo("ThS. Trần Văn Năng");
        assertThat(view.startsAt()).isEqualTo(LocalTime.of(8, 0));
        assertThat(view.audience()).contains("Chủ hộ kinh doanh");
        TestEnterprises.Created late = as.create("C", false, EnterpriseType.HOUSEHOLD);
        assertThatThrownBy(() -> as.run(late.email(), () -> training.register(id, "Võ Văn Muộn", "")))
                .as("the deadline passed yesterday").hasMessageContaining("training.error.deadline");
    }

    @Test
    void the_certificate_is_an_administrative_document_whose_qr_code_verifies_it_until_it_is_reissued()
            throws Exception {
        TestEnterprises.Created enterprise = as.create("C", false, EnterpriseType.COOPERATIVE);
        long id = as.as(OFFICER, () -> training.publish(course(today(), LocalTime.of(8, 0), LocalTime.of(11, 30),
                null)));
        long an = as.as(enterprise.email(), () -> training.register(id, "Nguyễn Văn Ann", "Tổ trưởng"));
        as.run(OFFICER, () -> training.setAttended(an, true));
        as.run(OFFICER, () -> training.issueCertificates(id));
        RegistrationView issued = as.as(OFFICER, () -> training.registrations(id)).getFirst();
        assertThat(issued.verificationCode()).hasSize(10);

        byte[] pdf = as.as(OFFICER, () -> training.certificatePdf(an));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("UBND TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Số: " + issued.certificateNumber(), "GIẤY CHỨNG NHẬN",
                    "Nguyễn Văn Ann", "Tập huấn 5S cho hộ kinh doanh", "08:00–11:30", "ThS. Trần Văn Năng",
                    "Mã xác minh: " + issued.verificationCode(), "GIÁM ĐỐC");
            java.nio.file.Path out = java.nio.file.Path.of("target", "documents");
            java.nio.file.Files.createDirectories(out);
            javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png",
                    out.resolve("training-certificate.png").toFile());
            String scanned = scanQrCode(new PDFRenderer(document));
            assertThat(scanned).as("the QR code opens the verification page of this certificate")
                    .endsWith("/certificate/" + issued.verificationCode());
        }

        var valid = certificates.check(issued.verificationCode().toLowerCase()).orElseThrow();
        assertThat(valid.current()).isTrue();
        assertThat(valid.staffName()).isEqualTo("Nguyễn Văn Ann");
        assertThat(valid.enterpriseName()).isNotBlank();
        assertThat(certificates.check("ZZZZZZZZZZ")).isEmpty();
        assertThat(certificates.check("' or 1=1 --")).isEmpty();

        assertThatThrownBy(() -> as.run(enterprise.email(), () -> certificates.reissue(an, "Nguyễn Văn An", "Sai tên",
                issued.version()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run(OFFICER, () -> certificates.reissue(an, "Nguyễn Văn An", " ",
                issued.version()))).isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(
                        e.fieldProblems()).extracting(FieldProblem::field).containsExactly("reason"));
        RegistrationView reissued = as.as(OFFICER, () -> certificates.reissue(an, "Nguyễn Văn An",
                "Sai chính tả họ tên", issued.version()));
        assertThat(reissued.certificateNumber()).isEqualTo(issued.certificateNumber() + "-R1");
        assertThat(reissued.staffName()).isEqualTo("Nguyễn Văn An");
        var old = certificates.check(issued.verificationCode()).orElseThrow();
        assertThat(old.current()).isFalse();
        assertThat(old.replacedBy()).isEqualTo(reissued.certificateNumber());
        assertThat(old.staffName()).as("the old paper as it was printed").isEqualTo("Nguyễn Văn Ann");
        assertThat(certificates.check(reissued.verificationCode()).orElseThrow().current()).isTrue();
        RegistrationView again = as.as(OFFICER, () -> certificates.reissue(an, "Nguyễn Văn An", "Mất bản giấy",
                reissued.version()));
        assertThat(again.certificateNumber()).isEqualTo(issued.certificateNumber() + "-R2");
    }

    @Test
    void the_attendance_sheet_lists_everyone_to_sign_and_the_workbook_who_came() throws Exception {
        TestEnterprises.Created enterprise = as.create("C", false, EnterpriseType.ENTERPRISE);
        long id = as.as(OFFICER, () -> training.publish(course(today(), LocalTime.of(13, 30), null, null)));
        long binh = as.as(enterprise.email(), () -> training.register(id, "Lê Thị Bình", "Kế toán"));
        as.as(enterprise.email(), () -> training.register(id, "Phan Văn Cường", ""));
        as.run(OFFICER, () -> training.setAttended(binh, true));
        var pdf = as.as(OFFICER, () -> sheets.pdf(id));
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("DANH SÁCH THAM DỰ",
                    "Tập huấn 5S cho hộ kinh doanh", "13:30", "Ký tên", "1 Lê Thị Bình Kế toán", "Phan Văn Cường");
        }
        var xlsx = as.as(OFFICER, () -> sheets.xlsx(id));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Lê Thị Bình");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Có mặt");
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Vắng");
        }
        assertThatThrownBy(() -> as.as(enterprise.email(), () -> sheets.pdf(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /**
     * Reads the page's QR code as a phone would from the printed sheet: the lower half of the page (where the code is,
     * away from the text's look-alike patterns), looking hard, at a few resolutions. A whole page at one resolution
     * failed now and then depending on the random verification code (ZXing's checksum refused a misread module).
     */
    private static String scanQrCode(PDFRenderer renderer) throws Exception {
        Exception last = null;
        for (int dpi : new int[] {150, 200, 300}) {
            BufferedImage page = renderer.renderImageWithDPI(0, dpi);
            BufferedImage lower = page.getSubimage(0, page.getHeight() / 2, page.getWidth(), page.getHeight() / 2);
            int[] pixels = lower.getRGB(0, 0, lower.getWidth(), lower.getHeight(), null, 0, lower.getWidth());
            try {
                return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                        lower.getWidth(), lower.getHeight(), pixels))), java.util.Map.of(
                                com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            } catch (com.google.zxing.ReaderException misread) {
                last = misread;
            }
        }
        throw last;
    }
}
