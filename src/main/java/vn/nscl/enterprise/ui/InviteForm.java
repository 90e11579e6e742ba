package vn.nscl.enterprise.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import vn.nscl.enterprise.EnterprisePeopleService;
import vn.nscl.enterprise.EnterprisePeopleService.Invitation;
import vn.nscl.enterprise.MemberRole;
import vn.nscl.shared.PhoneNumbers;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.LeaveChecks;
import vn.nscl.shared.ui.Notifications;

/** "Mời đồng nghiệp": name, e-mail, phone and role, each checked as it is left; the invitation is mailed. */
class InviteForm extends Div {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final RadioButtonGroup<MemberRole> role = new RadioButtonGroup<>();
    final Button send = new Button();
    private final LeaveChecks checks;
    private final EnterprisePeopleService people;
    private final Runnable afterInvite;

    InviteForm(EnterprisePeopleService people, Runnable afterInvite) {
        this.people = people;
        this.afterInvite = afterInvite;
        addClassName("invite-form");
        name.setLabel(getTranslation("people.invite.name"));
        email.setLabel(getTranslation("people.invite.email"));
        phone.setLabel(getTranslation("people.invite.phone"));
        name.setValueChangeMode(ValueChangeMode.ON_BLUR);
        phone.setValueChangeMode(ValueChangeMode.ON_BLUR);
        role.setLabel(getTranslation("people.invite.role"));
        role.setItems(MemberRole.MEMBER, MemberRole.OWNER);
        role.setItemLabelGenerator(r -> getTranslation("people.role." + r.name() + ".help"));
        role.setValue(MemberRole.MEMBER);
        checks = new LeaveChecks(this).required(name).email(email)
                .optional(phone, value -> PhoneNumbers.valid(TextRules.phone(value)), "account.error.phone-invalid")
                .required(role);
        send.setText(getTranslation("people.invite.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        FormLayout form = new FormLayout(name, email, phone, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(role, 2);
        add(new H3(getTranslation("people.invite")), form, send);
    }

    private void send() {
        Map<String, HasValidation> fields = Map.of("displayName", name, "email", email, "phone", phone,
                "role", role);
        if (!checks.allValid()) {
            return;
        }
        FormProblems.clear(fields);
        String invited = email.getValue();
        try {
            people.invite(new Invitation(name.getValue(), invited, phone.getValue(), role.getValue()));
        } catch (UserFacingException problem) {
            FormProblems.show(this, problem, fields);
            return;
        }
        name.clear();
        email.clear();
        phone.clear();
        role.setValue(MemberRole.MEMBER);
        FormProblems.clear(fields);
        Notifications.success(getTranslation("people.invited", invited));
        afterInvite.run();
    }
}
