package vn.nscl.matching.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import vn.nscl.matching.EngagementContacts;
import vn.nscl.matching.RequestStatus;

/**
 * "Liên hệ và bước tiếp theo" on an accepted request: how each side reaches the other (the enterprise sees the
 * expert, the expert the enterprise, officers both), with the phone and e-mail as links a phone can call or write to,
 * and what happens next at this stage.
 */
class ContactsSection extends Div {

    ContactsSection(EngagementContacts contacts, RequestStatus status, boolean showExpert, boolean showEnterprise) {
        addClassName("contacts-section");
        add(new H2(getTranslation("request.contacts")));
        if (showExpert) {
            add(person("request.contacts.expert", contacts.expertName()
                    + (contacts.expertOrganisation().isEmpty() ? "" : " · " + contacts.expertOrganisation()),
                    contacts.expertPhone(), contacts.expertEmail()));
        }
        if (showEnterprise) {
            add(person("request.contacts.enterprise", contacts.enterpriseContact(), contacts.enterprisePhone(),
                    contacts.enterpriseEmail()));
        }
        add(new Paragraph(getTranslation("request.next." + status.name())));
    }

    private Div person(String roleKey, String name, String phone, String email) {
        Span who = new Span(getTranslation(roleKey) + ": " + name);
        who.addClassName("contact-name");
        Div person = new Div(who);
        if (phone != null && !phone.isBlank()) {
            person.add(new Anchor("tel:" + phone, phone));
        }
        if (email != null && !email.isBlank()) {
            person.add(new Anchor("mailto:" + email, email));
        }
        person.addClassName("contact-person");
        return person;
    }
}
