package vn.nscl.expert.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.UI;

import vn.nscl.testsupport.KaribuTest;

class ExpertRegistrationViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private ExpertRegistrationView openAndFill(String email, String password) {
        UI.getCurrent().navigate("register/expert");
        ExpertRegistrationView view = _get(ExpertRegistrationView.class);
        view.fullName.setValue("Hồ Văn Kaizen");
        view.email.setValue(email);
        view.phone.setValue("0987 000 111");
        view.organisation.setValue("Chuyên gia độc lập");
        view.password.setValue(password);
        view.passwordAgain.setValue(password);
        view.consent.setValue(true);
        return view;
    }

    @Test
    void an_expert_registers_through_the_form() {
        String email = "kaizen-" + UUID.randomUUID() + "@example.vn";
        openAndFill(email, "cai-tien-lien-tuc").register.click();
        assertThat(jdbc.queryForObject("select count(*) from expert where email = ?", Integer.class, email))
                .isEqualTo(1);
    }

    @Test
    void a_common_password_is_refused_at_its_field() {
        String email = "kaizen-" + UUID.randomUUID() + "@example.vn";
        ExpertRegistrationView view = openAndFill(email, "iloveyou123");
        view.register.click();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("quá phổ biến");
        assertThat(jdbc.queryForObject("select count(*) from expert where email = ?", Integer.class, email)).isZero();
    }
}
