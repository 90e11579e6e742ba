package vn.nscl.enterprise.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import vn.nscl.enterprise.EnterpriseContacts;
import vn.nscl.enterprise.EnterprisePeopleService;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.LeaveChecks;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.shared.ui.RouteLink;

/**
 * The enterprise's contacts (person, phone, address), checked as each field is left and saved with one button; the
 * e-mail follows the owner's sign-in address, which is changed with a mailed confirmation on its own page. Members
 * read them; owners change them.
 */
class ContactsForm extends Div {

    final TextField contactPerson = new TextField();
    final TextField phone = new TextField();
    final TextField address = new TextField();
    final Button save = new Button();
    private final LeaveChecks checks;
    private final EnterprisePeopleService people;
    private EnterpriseContacts shown;

    ContactsForm(EnterprisePeopleService people, boolean owner) {
        this.people = people;
        addClassName("contacts-form");
        contactPerson.setLabel(getTranslation("enterprise.contact-person"));
        contactPerson.setMaxLength(EnterprisePeopleService.CONTACT_MAX_LENGTH);
        phone.setLabel(getTranslation("account.phone"));
        phone.setHelperText(getTranslation("people.phone.help"));
        address.setLabel(getTranslation("people.address"));
        address.setHelperText(getTranslation("people.address.help"));
        address.setMaxLength(EnterprisePeopleService.ADDRESS_MAX_LENGTH);
        for (TextField field : new TextField[] {contactPerson, phone, address}) {
            field.setValueChangeMode(ValueChangeMode.ON_BLUR);
            field.setReadOnly(!owner);
        }
        checks = new LeaveChecks(this).required(contactPerson).phone(phone);
        FormLayout form = new FormLayout(contactPerson, phone, address);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        save.setText(getTranslation("people.contacts.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(form);
        show(people.contacts());
        add(new Paragraph(getTranslation("people.email", shown.email())),
                new Paragraph(new Span(getTranslation("people.login-email", shown.loginEmail()) + " "),
                        RouteLink.to("account/email", getTranslation("people.change-email"))));
        if (owner) {
            add(save);
        } else {
            add(new Paragraph(getTranslation("people.contacts.owner-only")));
        }
    }

    private void show(EnterpriseContacts contacts) {
        shown = contacts;
        contactPerson.setValue(contacts.contactPerson());
        phone.setValue(contacts.phone());
        address.setValue(contacts.address());
    }

    private void save() {
        Map<String, TextField> fields = Map.of("contactPerson", contactPerson, "phone", phone, "address", address);
        if (!checks.allValid()) {
            return;
        }
        FormProblems.clear(fields);
        try {
            people.updateContacts(contactPerson.getValue(), phone.getValue(), address.getValue(), shown.version());
        } catch (UserFacingException problem) {
            FormProblems.show(this, problem, fields);
            return;
        }
        show(people.contacts());
        Notifications.success(getTranslation("people.contacts.saved"));
    }
}
