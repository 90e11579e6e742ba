package vn.nscl.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

import vn.nscl.audit.ui.AuditLogView;
import vn.nscl.security.ui.AccountListView;
import vn.nscl.security.ui.LoginView;
import vn.nscl.testsupport.KaribuTest;

class NavigationTest extends KaribuTest {

    private List<String> menu() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        UI.getCurrent().navigate("home");
        _get(LoginView.class);
    }

    @Test
    void an_enterprise_sees_its_home_page_and_no_administration() {
        signInAs("enterprise@example.com");
        UI.getCurrent().navigate("home");
        assertThat(menu()).contains("Trang chủ").doesNotContain("Người dùng", "Nhật ký hệ thống", "Thư đi");
        _get(EnterpriseHomePanel.class);
    }

    @Test
    void an_administrator_sees_users_and_the_audit_log() {
        signInAs("admin@example.com");
        UI.getCurrent().navigate("home");
        assertThat(menu()).containsSubsequence("Trang chủ", "Người dùng", "Nhật ký hệ thống", "Thư đi");
        AdminHomePanel home = _get(AdminHomePanel.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(home, com.vaadin.flow.component.html.Anchor.class))
                .as("the failed mails tile leads to the outbox")
                .anySatisfy(link -> {
                    assertThat(link.getHref()).isEqualTo("admin/mails");
                    assertThat(link.getElement().getTextRecursively()).contains("Thư gửi lỗi");
                });
    }

    @Test
    void menus_worked_out_once_per_set_of_roles_do_not_leak_between_roles() {
        signInAs("admin@example.com");
        UI.getCurrent().navigate("home");
        List<String> administrator = menu();
        signInAs("enterprise@example.com");
        UI.getCurrent().navigate("home");
        assertThat(menu()).contains("Trang chủ").doesNotContain("Người dùng", "Nhật ký hệ thống");
        signInAs("officer@example.com");
        UI.getCurrent().navigate("home");
        assertThat(menu()).doesNotContain("Người dùng").isNotEqualTo(administrator);
        signInAs("admin@example.com");
        UI.getCurrent().navigate("home");
        assertThat(menu()).isEqualTo(administrator);
    }

    @Test
    void each_role_gets_its_own_home_panel() {
        signInAs("officer@example.com");
        UI.getCurrent().navigate("home");
        assertThat(_get(OfficerHomePanel.class).newest.getGenericDataView().getItems().count()).isPositive();
    }

    @Test
    void an_enterprise_opening_an_administration_page_is_refused() {
        signInAs("enterprise@example.com");
        UI.getCurrent().navigate("admin/accounts");
        _get(AccessDeniedView.class);
        _assertNone(AccountListView.class);
        UI.getCurrent().navigate("admin/audit");
        _get(AccessDeniedView.class);
        _assertNone(AuditLogView.class);
    }

    @Test
    void an_expert_sees_the_expert_home() {
        signInAs("expert@example.com");
        UI.getCurrent().navigate("home");
        _get(ExpertHomePanel.class);
    }

    @Test
    void a_partner_sees_the_partner_home() {
        signInAs("partner@example.com");
        UI.getCurrent().navigate("home");
        assertThat(_get(PartnerHomePanel.class).getElement().getTextRecursively())
                .as("its agency's report for this year, sent or due").containsPattern("Sở Công Thương (đã|chưa) gửi báo cáo");
    }

    @Test
    void a_model_enterprise_is_pointed_to_the_showcase() {
        signInAs("go.quangtri@example.com");
        UI.getCurrent().navigate("home");
        assertThat(_get(EnterpriseHomePanel.class).getElement().getTextRecursively())
                .contains("Kết quả của doanh nghiệp đang được giới thiệu công khai");
        signInAs("enterprise@example.com");
        UI.getCurrent().navigate("notifications");
        UI.getCurrent().navigate("home");
        assertThat(_get(EnterpriseHomePanel.class).getElement().getTextRecursively())
                .doesNotContain("doanh nghiệp điển hình của tỉnh");
    }
}
