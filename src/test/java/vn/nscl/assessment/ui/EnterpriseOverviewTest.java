package vn.nscl.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import vn.nscl.expert.Language;
import vn.nscl.matching.NewSupportRequest;
import vn.nscl.matching.SupportRequestService;
import vn.nscl.matching.WorkMode;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TestApplications;
import vn.nscl.testsupport.TestEnterprises;

/**
 * The officer's page of one enterprise shows everything DOST knows of it: figures, certificates, assessments, the
 * latest advice, expert requests, support applications and training, in the officer's words.
 */
class EnterpriseOverviewTest extends KaribuTest {

    @Autowired
    TestApplications applications;

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    SupportRequestService requests;

    @Test
    void the_officer_sees_the_enterprise_whole_on_one_page() {
        TestApplications.Applicant applicant = applications.applicant();
        applications.submitted(applicant, new BigDecimal("40"), new BigDecimal("20"));
        enterprises.run(applicant.enterprise().email(), () -> requests.create(new NewSupportRequest("5S",
                "Cần chuyên gia hướng dẫn 5S cho xưởng", WorkMode.ON_SITE, Language.VI, null, null)));

        signInAs("officer@example.com");
        UI.getCurrent().navigate("enterprises/" + applicant.enterprise().id());
        String page = _get(EnterpriseAssessmentsView.class).getElement().getTextRecursively();
        assertThat(page).contains("← Danh sách doanh nghiệp", "Số liệu theo năm", "Chứng nhận và sản phẩm OCOP",
                "Khuyến nghị theo bài đánh giá năm", "Công cụ nên áp dụng trước:", "Yêu cầu chuyên gia",
                "Chờ chọn chuyên gia", "Hồ sơ đề nghị hỗ trợ", "Áp dụng 5S cho xưởng sản xuất", "Chờ thẩm định",
                "đề nghị 40, được duyệt –", "Đào tạo", "Chưa có ai của đơn vị đăng ký")
                .as("written for officers, not to the enterprise").doesNotContain("bạn");
    }
}
