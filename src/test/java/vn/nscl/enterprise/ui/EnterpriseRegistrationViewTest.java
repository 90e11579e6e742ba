package vn.nscl.enterprise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.RenderersKt;
import com.vaadin.flow.component.UI;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.reference.CommuneRef;
import vn.nscl.shared.ui.CheckYourMail;
import vn.nscl.testsupport.KaribuTest;

class EnterpriseRegistrationViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private EnterpriseRegistrationView open() {
        UI.getCurrent().navigate("register/enterprise");
        return _get(EnterpriseRegistrationView.class);
    }

    private static void fill(EnterpriseRegistrationView view, String name, String code, String email) {
        view.name.setValue(name);
        view.enterpriseCode.setValue(code);
        view.type.setValue(EnterpriseType.COOPERATIVE);
        view.commune.setValue(view.commune.getGenericDataView().getItems()
                .filter(c -> c.name().equals("Xã Cam Lộ")).findFirst().orElseThrow());
        view.contactPerson.setValue("Phạm Thị Hạnh");
        view.email.setValue(email);
        view.phone.setValue("0914 222 333");
        view.password.setValue("bau-troi-xanh-ngat-2026");
        view.passwordAgain.setValue("bau-troi-xanh-ngat-2026");
        view.consent.setValue(true);
    }

    private int enterprises() {
        return jdbc.queryForObject("select count(*) from enterprise", Integer.class);
    }

    @Test
    void the_form_offers_the_communes_of_the_province_in_vietnamese() {
        EnterpriseRegistrationView view = open();
        assertThat(view.commune.getGenericDataView().getItems()).hasSize(78)
                .extracting(CommuneRef::name).contains("Xã Khe Sanh");
        assertThat(view.name.getLabel()).isEqualTo("Tên doanh nghiệp, hợp tác xã hoặc hộ kinh doanh");
        assertThat(view.register.getText()).isEqualTo("Đăng ký");
    }

    @Test
    void each_field_is_checked_as_it_is_left_in_the_services_words_before_anything_is_sent() {
        EnterpriseRegistrationView view = open();
        view.phone.setValue("12345");
        assertThat(view.phone.isInvalid()).isTrue();
        assertThat(view.phone.getErrorMessage()).contains("0912 345 678", "0233 3852 123");
        view.phone.setValue("0233 3852 123");
        assertThat(view.phone.isInvalid()).as("a landline with its area code").isFalse();
        view.email.setValue("hanh.gmail.com");
        assertThat(view.email.getErrorMessage()).isEqualTo("Email chưa đúng định dạng, ví dụ: ten@congty.vn");
        view.type.setValue(EnterpriseType.COOPERATIVE);
        view.enterpriseCode.setValue("045123456789");
        assertThat(view.enterpriseCode.getErrorMessage()).as("a citizen ID is for household businesses only")
                .isNotBlank();
        view.name.setValue("x");
        view.name.setValue("");
        assertThat(view.name.getErrorMessage()).isEqualTo("Vui lòng nhập thông tin này.");
        assertThat(view.contactPerson.isInvalid()).as("a field not yet visited is not flagged").isFalse();
    }

    @Test
    void a_commune_is_found_without_diacritics_or_by_its_name_before_2025() {
        EnterpriseRegistrationView view = open();

        ComboBoxKt.setUserInput(view.commune, "vinh linh");
        assertThat(ComboBoxKt.getSuggestions(view.commune)).contains("Xã Vĩnh Linh");

        ComboBoxKt.setUserInput(view.commune, "cam thanh");
        List<CommuneRef> found = ComboBoxKt.getSuggestionItems(view.commune);
        assertThat(found).extracting(CommuneRef::name).containsExactly("Xã Cam Lộ");
        assertThat(RenderersKt._getPresentationValue(ComboBoxKt.get_renderer(view.commune), found.getFirst()))
                .contains("Xã Cam Lộ").contains("Trước 07/2025: Xã Cam Thành, Huyện Cam Lộ");

        ComboBoxKt.setUserInput(view.commune, "Hồ Xá");
        assertThat(ComboBoxKt.getSuggestions(view.commune)).containsExactly("Xã Vĩnh Linh");
    }

    @Test
    void a_valid_registration_creates_the_enterprise_and_asks_to_confirm_the_address() {
        EnterpriseRegistrationView view = open();
        String email = "htx-" + UUID.randomUUID() + "@example.vn";
        String code = String.valueOf(3_400_000_000L + (long) (Math.random() * 99_999_999L));
        fill(view, "Hợp tác xã Tiêu Cam Lộ", code, email);
        view.register.click();
        assertThat(jdbc.queryForObject("select name from enterprise where enterprise_code = ?", String.class, code))
                .isEqualTo("Hợp tác xã Tiêu Cam Lộ");
        assertThat(_get(CheckYourMail.class).getElement().getTextRecursively()).contains(email)
                .contains("xác nhận");
    }

    @Test
    void an_email_that_has_an_account_gets_the_same_answer_as_a_new_one() {
        EnterpriseRegistrationView view = open();
        int before = enterprises();
        fill(view, "Hợp tác xã Tiêu Cam Lộ", "3200999777", "enterprise@example.com");
        view.register.click();
        assertThat(_get(CheckYourMail.class).getElement().getTextRecursively()).contains("enterprise@example.com");
        assertThat(enterprises()).isEqualTo(before);
    }

    @Test
    void a_malformed_code_is_shown_at_its_field_and_nothing_is_saved() {
        EnterpriseRegistrationView view = open();
        int before = enterprises();
        fill(view, "Hợp tác xã Tiêu Cam Lộ", "32001-23", "c-" + UUID.randomUUID() + "@example.vn");
        view.register.click();
        assertThat(view.email.isInvalid()).isFalse();
        assertThat(view.enterpriseCode.isInvalid()).isTrue();
        assertThat(view.enterpriseCode.getErrorMessage()).startsWith("Mã số chưa đúng");
        assertThat(view.name.isInvalid()).isFalse();
        assertThat(enterprises()).isEqualTo(before);
    }

    @Test
    void different_passwords_and_missing_consent_stop_the_form_before_anything_is_sent() {
        EnterpriseRegistrationView view = open();
        int before = enterprises();
        fill(view, "Hợp tác xã A", "3200999000", "a-" + UUID.randomUUID() + "@example.vn");
        view.passwordAgain.setValue("khac-mat-khau-1");
        view.register.click();
        assertThat(view.passwordAgain.isInvalid()).isTrue();
        assertThat(view.passwordAgain.getErrorMessage()).isEqualTo("Hai mật khẩu chưa giống nhau.");

        view.passwordAgain.setValue(view.password.getValue());
        view.consent.setValue(false);
        view.register.click();
        assertThat(view.consent.isInvalid()).isTrue();
        assertThat(enterprises()).isEqualTo(before);
    }

    @Test
    void an_over_long_name_is_refused_with_the_limit() {
        EnterpriseRegistrationView view = open();
        fill(view, "x", "3200999001", "b-" + UUID.randomUUID() + "@example.vn");
        // The browser stops typing at the limit; a crafted request does not, so the service checks too.
        view.name.setMaxLength(1000);
        view.name.setValue("Công ty ".repeat(40));
        view.register.click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Tối đa 200 ký tự.");
    }
}
