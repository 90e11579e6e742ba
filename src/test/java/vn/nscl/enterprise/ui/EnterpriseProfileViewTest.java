package vn.nscl.enterprise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;

import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestEnterprises.Created;

class EnterpriseProfileViewTest extends KaribuTest {

    @Autowired
    TestEnterprises testEnterprises;

    @Autowired
    EnterpriseProfileService profiles;

    @Test
    void the_enterprise_chooses_its_sector_and_the_size_follows_its_figures() {
        Created me = testEnterprises.create(null, false, EnterpriseType.COOPERATIVE);
        signInAs(me.email());
        UI.getCurrent().navigate("enterprise/profile");
        EnterpriseProfileView view = _get(EnterpriseProfileView.class);

        view.profileForm.sector.setValue(view.profileForm.sector.getGenericDataView().getItems()
                .filter(s -> s.code().equals("A")).findFirst().orElseThrow());
        view.profileForm.mainProducts.setValue("Hạt tiêu đen");
        view.profileForm.save.click();
        assertThat(testEnterprises.as(me.email(), () -> profiles.profile(me.id()).details().sectorCode()))
                .as("nothing saved without the activities").isNull();
        assertThat(view.profileForm.activities.isInvalid()).isTrue();
        view.profileForm.activities.setValue(java.util.Set.of(vn.nscl.reference.Activity.CROPS));
        view.profileForm.save.click();
        assertThat(testEnterprises.as(me.email(), () -> profiles.profile(me.id()).details().sectorCode())).isEqualTo("A");

        view.figures.year.setValue(2025);
        view.figures.form.employees.setValue(8);
        view.figures.form.revenue.setValue(new java.math.BigDecimal("2500"));
        assertThat(testEnterprises.as(me.email(), () -> profiles.profile(me.id()).sizeClass().name())).isEqualTo("MICRO");
        assertThat(view.sizeClass.getText()).as("the badge follows the saved figures").isEqualTo("Siêu nhỏ");
        assertThat(view.figures.shownYears()).extracting(f -> f.year()).contains(2025);
        assertThat(view.figures.form.savedNote.getText()).as("the figures say they saved themselves")
                .matches("Đã lưu lúc \\d{2}:\\d{2}");
    }

    @Test
    void leaving_with_unsaved_general_information_asks_to_save_discard_or_stay() {
        Created me = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        signInAs(me.email());
        UI.getCurrent().navigate("enterprise/profile");
        EnterpriseProfileView view = _get(EnterpriseProfileView.class);
        assertThat(view.profileForm.unsavedNote.isVisible()).isFalse();
        view.profileForm.mainProducts.setValue("Bánh lọc, bánh ít lá gai");
        assertThat(view.profileForm.unsavedNote.isVisible()).isTrue();

        UI.getCurrent().navigate("home");
        assertThat(_get(EnterpriseProfileView.class)).as("still on the page while asked").isSameAs(view);
        ConfirmDialogKt._fireCancel(view.leaveDialog);
        assertThat(_get(EnterpriseProfileView.class).profileForm.mainProducts.getValue())
                .isEqualTo("Bánh lọc, bánh ít lá gai");

        UI.getCurrent().navigate("home");
        ConfirmDialogKt._fireConfirm(view.leaveDialog);
        assertThat(testEnterprises.as(me.email(), () -> profiles.profile(me.id()).details().mainProducts()))
                .as("saved on the way out").isEqualTo("Bánh lọc, bánh ít lá gai");
        _get(vn.nscl.shell.HomeView.class);

        UI.getCurrent().navigate("enterprise/profile");
        EnterpriseProfileView again = _get(EnterpriseProfileView.class);
        again.profileForm.exportMarkets.setValue("Nhật Bản");
        UI.getCurrent().navigate("home");
        ConfirmDialogKt._fireReject(again.leaveDialog);
        assertThat(testEnterprises.as(me.email(), () -> profiles.profile(me.id()).details().exportMarkets()))
                .as("left without saving").isNotEqualTo("Nhật Bản");
    }

    @Test
    void a_negative_number_of_trained_staff_is_refused_at_its_field() {
        Created me = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        signInAs(me.email());
        UI.getCurrent().navigate("enterprise/profile");
        EnterpriseProfileView view = _get(EnterpriseProfileView.class);
        view.profileForm.staffTrained.setValue(-2);
        view.profileForm.save.click();
        assertThat(view.profileForm.staffTrained.isInvalid()).isTrue();
        assertThat(testEnterprises.as(me.email(), () -> profiles.profile(me.id()).details().staffTrained())).isNull();
    }
}
