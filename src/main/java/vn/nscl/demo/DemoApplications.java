package vn.nscl.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.nscl.support.ApplicationDraft;
import vn.nscl.support.ApplicationService;
import vn.nscl.support.BudgetLine;
import vn.nscl.support.CallEdit;
import vn.nscl.support.CallView;
import vn.nscl.support.Indicator;
import vn.nscl.support.ProgrammeCallService;
import vn.nscl.support.ReviewService;

/**
 * The programmes' calls open for this year, and applications as enterprises make them: submitted, sent back for
 * information, approved, and one draft for the demo cooperative. An application the rules do not find eligible
 * stays a draft (as it would for a real enterprise).
 */
@Component
class DemoApplications {

    private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);

    private final ActingAs acting;
    private final ProgrammeCallService calls;
    private final ApplicationService applications;
    private final ReviewService reviews;
    private final Clock clock;

    DemoApplications(ActingAs acting, ProgrammeCallService calls, ApplicationService applications,
            ReviewService reviews, Clock clock) {
        this.acting = acting;
        this.calls = calls;
        this.applications = applications;
        this.reviews = reviews;
        this.clock = clock;
    }

    void load() {
        int year = Year.now(clock).getValue();
        acting.platform(() -> {
            for (CallView call : calls.calls()) {
                calls.update(call.programmeCode(), new CallEdit(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                        ceiling(call.programmeCode()), 30, 10,
                        "Thuyết minh dự án (PDF hoặc DOCX); báo giá hoặc dự toán chi phí",
                        List.of("Đơn vị đã tự đánh giá trên nền tảng", "Thuyết minh có mục tiêu đo được",
                                "Dự toán hợp lý, có báo giá", "Phần đối ứng đủ tỷ lệ"), call.version()));
            }
            return null;
        });
        apply("caphe.khesanh@example.com", "SUBMITTED", "Áp dụng 5S và Kaizen tại xưởng rang xay Khe Sanh");
        apply("go.quangtri@example.com", "APPROVED", "Xây dựng hệ thống quản lý chất lượng ISO 9001 cho nhà máy gỗ");
        apply("haisan.cuatung@example.com", "NEEDS_INFO", "Áp dụng HACCP cho dây chuyền mực khô xuất khẩu");
        apply("enterprise@example.com", "DRAFT", "Áp dụng VietGAP cho vùng hồ tiêu 40 hộ thành viên");
    }

    private void apply(String email, String state, String title) {
        apply(email, state, title, acting.account(email, () -> applications.programmes().stream()
                .filter(p -> p.eligibility().eligible()).map(p -> p.call().programmeCode())
                .findFirst().orElse("P3")));
    }

    /** An application to a given programme, taken as far as {@code state}; it stays a draft when not eligible. */
    void apply(String email, String state, String title, String programme) {
        long id = acting.account(email, () -> {
            long created = applications.start(programme);
            applications.save(created, new ApplicationDraft(title,
                    "Nâng cao năng suất, giảm lãng phí và đáp ứng yêu cầu của khách hàng xuất khẩu",
                    "Năng suất lao động tăng 15%; tỷ lệ sản phẩm lỗi giảm một nửa; được cấp giấy chứng nhận",
                    "Tháng 1–3: khảo sát, đào tạo; tháng 4–9: áp dụng; tháng 10–12: đánh giá, chứng nhận",
                    List.of(new BudgetLine("Thuê chuyên gia tư vấn", new BigDecimal("60"), new BigDecimal("20")),
                            new BudgetLine("Đào tạo nhân sự nòng cốt", new BigDecimal("20"), new BigDecimal("15"))),
                    List.of(new Indicator("Năng suất lao động", "triệu đồng/người/năm", new BigDecimal("180"),
                            new BigDecimal("207")), new Indicator("Tỷ lệ sản phẩm lỗi", "%", new BigDecimal("4"),
                            new BigDecimal("2"))),
                    applications.detail(created).application().version()));
            // One file in each slot the call asks for (a project description, then a quotation).
            List<String> documents = applications.detail(created).call().documents();
            for (int i = 0; i < documents.size(); i++) {
                applications.attach(created, applications.detail(created).application().version(), documents.get(i),
                        (i == 0 ? "thuyet-minh" : "tai-lieu-" + (i + 1)) + ".pdf", DemoPdf.of("document " + (i + 1)));
            }
            return created;
        });
        if (state.equals("DRAFT")) {
            return;
        }
        boolean ready = acting.account(email, () -> applications.check(id).ready());
        if (!ready) {
            log.info("Demo application of {} to {} stays a draft: not eligible or incomplete", email, programme);
            return;
        }
        acting.account(email, () -> {
            applications.submit(id, applications.detail(id).application().version());
            return null;
        });
        acting.account("officer@example.com", () -> {
            long version = applications.detail(id).application().version();
            if (state.equals("APPROVED")) {
                reviews.setChecklist(id, java.util.Set.copyOf(applications.detail(id).call().checklist()), version);
                reviews.approve(id, new BigDecimal("60"), "Báo cáo tiến độ sau 6 tháng",
                        applications.detail(id).application().version());
            } else if (state.equals("NEEDS_INFO")) {
                reviews.askForInformation(id, "Bổ sung báo giá của đơn vị tư vấn", version);
            }
            return null;
        });
    }

    private static BigDecimal ceiling(String programme) {
        return switch (programme) {
            case "P4", "PILOT" -> new BigDecimal("500");
            case "MODEL" -> new BigDecimal("300");
            default -> new BigDecimal("150");
        };
    }
}
