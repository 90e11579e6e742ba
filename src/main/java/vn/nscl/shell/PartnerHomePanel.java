package vn.nscl.shell;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.expert.ExpertService;
import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.ui.StatTile;

/** The partner agency's home: the plan's goals and the platform's figures so far. */
class PartnerHomePanel extends Div {

    PartnerHomePanel(EnterpriseService enterprises, ExpertService experts, ReferenceData reference) {
        addClassName("home-panels");
        Div stats = new Div(new StatTile(getTranslation("home.stat.enterprises"), enterprises.count()),
                new StatTile(getTranslation("home.stat.experts"), experts.count()));
        stats.addClassName("stat-row");
        Card plan = new Card();
        plan.setTitle(getTranslation("home.partner.plan", reference.servedProvince().name()));
        plan.add(new Paragraph(getTranslation("home.partner.plan.text")));
        UnorderedList goals = new UnorderedList();
        for (int i = 1; i <= 4; i++) {
            goals.add(new ListItem(getTranslation("landing.target." + i)));
        }
        plan.add(goals);
        plan.addClassName("wide-card");
        add(stats, plan);
    }
}
