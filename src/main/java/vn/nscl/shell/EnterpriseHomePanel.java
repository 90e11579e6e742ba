package vn.nscl.shell;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.ui.DetailList;

/** The enterprise's home: its registration details and the steps of the programme ahead of it. */
class EnterpriseHomePanel extends Div {

    EnterpriseHomePanel(EnterpriseService enterprises, ReferenceData reference) {
        addClassName("home-panels");
        Card profile = new Card();
        profile.setTitle(getTranslation("home.enterprise.profile"));
        enterprises.mine().ifPresentOrElse(e -> profile.add(details(e, reference)),
                () -> profile.add(new Paragraph(getTranslation("home.enterprise.no-profile"))));

        Card steps = new Card();
        steps.setTitle(getTranslation("home.enterprise.steps"));
        OrderedList list = new OrderedList();
        for (String step : new String[] {"profile", "assess", "recommend", "expert", "support"}) {
            ListItem item = new ListItem();
            Span title = new Span(getTranslation("home.enterprise.step." + step));
            title.addClassName("step-title");
            item.add(title, new Paragraph(getTranslation("home.enterprise.step." + step + ".text")));
            list.add(item);
        }
        list.addClassName("steps");
        steps.add(list);
        add(profile, steps);
    }

    private DetailList details(EnterpriseSummary enterprise, ReferenceData reference) {
        return new DetailList()
                .row("enterprise.name", enterprise.name())
                .row("enterprise.code", enterprise.enterpriseCode())
                .row("enterprise.type", getTranslation("enterprise.type." + enterprise.type().name()))
                .row("enterprise.commune.short", reference.communeName(enterprise.communeCode()))
                .row("enterprise.contact-person", enterprise.contactPerson())
                .row("account.phone", enterprise.phone());
    }
}
