package vn.nscl.enterprise.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.spring.annotation.SpringComponent;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.enterprise.PaperEnterprises;
import vn.nscl.security.AccountService;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.EnterpriseSection;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.LeaveChecks;
import vn.nscl.shared.ui.Notifications;

/**
 * On DOST's page of an enterprise entered from paper: it has no account yet, and the officer can invite its owner
 * (the contact person) by e-mail; from then on the enterprise and everything entered for it are theirs.
 */
@SpringComponent
class EnterpriseAccountSection implements EnterpriseSection {

    private final EnterpriseService enterprises;
    private final PaperEnterprises paper;

    EnterpriseAccountSection(EnterpriseService enterprises, PaperEnterprises paper) {
        this.enterprises = enterprises;
        this.paper = paper;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(long enterpriseId) {
        Div section = new Div();
        section.addClassName("enterprise-section");
        EnterpriseSummary enterprise = enterprises.get(enterpriseId);
        if (enterprise.hasAccount()) {
            return section;
        }
        section.add(new H2(section.getTranslation("paper.account.title")),
                new Paragraph(section.getTranslation("paper.account.none", enterprise.contactPerson())));
        EmailField email = new EmailField(section.getTranslation("account.email"));
        email.setMaxLength(AccountService.EMAIL_MAX_LENGTH);
        email.setValue(enterprise.email() == null ? "" : enterprise.email());
        email.setId("invite-owner-email");
        new LeaveChecks(section).email(email);
        Button invite = new Button(section.getTranslation("paper.account.invite"));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> {
            try {
                paper.inviteOwner(enterpriseId, email.getValue(), enterprise.version());
            } catch (UserFacingException problem) {
                FormProblems.show(section, problem, java.util.Map.of("email", email));
                return;
            }
            String invited = section.getTranslation("paper.account.invited", email.getValue().strip());
            Notifications.success(invited);
            section.removeAll();
            section.add(new H2(section.getTranslation("paper.account.title")), new Paragraph(invited));
        });
        HorizontalLayout form = new HorizontalLayout(email, invite);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        section.add(form);
        return section;
    }
}
