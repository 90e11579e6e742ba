package vn.nscl.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.audit.AuditLog;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.expert.ExpertService;
import vn.nscl.mail.MailOutbox;
import vn.nscl.reference.ReferenceData;
import vn.nscl.security.AccountService;
import vn.nscl.security.Role;
import vn.nscl.shared.AccountPrincipal;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.ui.Notifications;

/** Trang chủ: what matters to the signed-in user now, one panel per role they hold. */
@Route("home")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    HomeView(EnterpriseService enterprises, ExpertService experts, AccountService accounts, AuditLog audit,
            ReferenceData reference, AssessmentResultsService results, MatchingHome matching, PlanHome plan,
            MailOutbox mails, EnterpriseAgenda agenda) {
        addClassName("home-view");
        String name = SignedIn.principal().map(AccountPrincipal::displayName).orElse("");
        add(new H1(getTranslation("home.greeting", name)));
        if (SignedIn.hasRole(Role.ENTERPRISE.name())) {
            add(new EnterpriseHomePanel(enterprises, results, reference, matching, plan, agenda));
        }
        if (SignedIn.hasRole(Role.EXPERT.name())) {
            add(new ExpertHomePanel(matching));
        }
        if (SignedIn.hasRole(Role.OFFICER.name())) {
            add(new OfficerHomePanel(enterprises, experts, results, reference, matching, plan));
        }
        if (SignedIn.hasRole(Role.PARTNER.name())) {
            add(new PartnerHomePanel(enterprises, experts, reference, plan));
        }
        if (SignedIn.hasRole(Role.ADMIN.name())) {
            add(new AdminHomePanel(accounts, audit, mails));
        }
        if (getComponentCount() == 1) {
            add(new Paragraph(getTranslation("home.no-role")));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("welcome")) {
            Notifications.success(getTranslation("register.success"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.name");
    }
}
