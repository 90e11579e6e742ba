package vn.nscl.enterprise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.enterprise.EnterprisePeopleService;
import vn.nscl.enterprise.EnterprisePeopleService.Person;
import vn.nscl.shared.ui.Attempts;
import vn.nscl.shared.ui.Confirmations;

/**
 * Liên hệ và người dùng: the enterprise's contacts, and the people who sign in for it (a cooperative's director,
 * accountant, quality officer), with their roles; owners invite and remove colleagues.
 */
@Route("enterprise/people")
@Menu(title = "nav.people", order = 11, icon = "vaadin:users")
@RolesAllowed("ENTERPRISE")
public class EnterprisePeopleView extends VerticalLayout implements HasDynamicTitle {

    final ContactsForm contacts;
    final Div people = new Div();
    final InviteForm invite;
    private final EnterprisePeopleService service;
    private final boolean owner;

    EnterprisePeopleView(EnterprisePeopleService service) {
        this.service = service;
        this.owner = service.callerIsOwner();
        addClassName("people-view");
        people.addClassName("people-list");
        contacts = new ContactsForm(service, owner);
        invite = owner ? new InviteForm(service, this::showPeople) : null;
        add(new H2(getTranslation("people.contacts")), new Paragraph(getTranslation("people.contacts.help")),
                contacts, new H2(getTranslation("people.users")), new Paragraph(getTranslation("people.users.help")),
                people);
        if (invite != null) {
            add(invite);
        }
        showPeople();
    }

    private void showPeople() {
        people.removeAll();
        service.people().forEach(person -> people.add(card(person)));
    }

    private Div card(Person person) {
        Span name = new Span(person.name() + (person.me() ? " (" + getTranslation("people.you") + ")" : ""));
        name.addClassName("contact-name");
        Div card = new Div(name, new Span(getTranslation("people.role." + person.role().name())
                + (person.registeredIt() ? " · " + getTranslation("people.registered-it") : "")),
                new Span(person.email()));
        if (person.phone() != null) {
            card.add(new Span(person.phone()));
        }
        if (!person.joined()) {
            Span pending = new Span(getTranslation("people.not-joined"));
            pending.getElement().getThemeList().add("badge contrast");
            card.add(pending);
        }
        if (owner && !person.registeredIt() && !person.me()) {
            Button remove = new Button(getTranslation("people.remove"), e -> Confirmations.dialog(this,
                    "people.remove", "people.remove.text", () -> {
                        Attempts.run(this, () -> service.remove(person.accountId()), "people.removed",
                                person.name());
                        showPeople();
                    }).open());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            card.add(remove);
        }
        card.addClassNames("contact-person", "person-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.people") + " | " + getTranslation("app.name");
    }
}
