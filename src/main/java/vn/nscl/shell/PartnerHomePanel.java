package vn.nscl.shell;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.expert.ExpertService;
import vn.nscl.reference.ReferenceData;
import vn.nscl.plan.PartnerService;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.StatTile;

/** The partner agency's home: the plan's goals and the platform's figures so far. */
class PartnerHomePanel extends Div {

    PartnerHomePanel(EnterpriseService enterprises, ExpertService experts, ReferenceData reference, PlanHome planHome) {
        addClassName("home-panels");
        Div stats = new Div(new StatTile(getTranslation("home.stat.enterprises"), enterprises.count()),
                new StatTile(getTranslation("home.stat.experts"), experts.count()));
        stats.addClassName("stat-row");
        Card goalsCard = new Card();
        goalsCard.setTitle(getTranslation("home.partner.plan", reference.servedProvince().name()));
        goalsCard.add(new Paragraph(getTranslation("home.partner.plan.text")));
        UnorderedList goals = new UnorderedList();
        for (int i = 1; i <= 4; i++) {
            goals.add(new ListItem(getTranslation("landing.target." + i)));
        }
        goalsCard.add(goals);
        goalsCard.addClassName("wide-card");
        Card report = new Card();
        report.addClassName("wide-card");
        int year = java.time.Year.now(planHome.clock()).getValue();
        report.setTitle(getTranslation("home.partner.report", String.valueOf(year)));
        planHome.deadlines().myDaysLate(year).ifPresent(late -> {
            Paragraph overdue = new Paragraph(getTranslation("home.partner.report.late", late,
                    Formats.date(PartnerService.DEADLINE.atYear(year))));
            overdue.addClassName("overdue-banner");
            report.add(overdue);
        });
        planHome.partners().myAgency().ifPresentOrElse(agency -> report.add(new Paragraph(getTranslation(
                planHome.partners().report(agency.code(), year).submitted() ? "home.partner.report.sent"
                        : "home.partner.report.due", agency.name(getLocale()),
                Formats.date(PartnerService.DEADLINE.atYear(year))))),
                () -> report.add(new Paragraph(getTranslation("partner.no-agency"))));
        Anchor open = new Anchor("plan/partners", getTranslation("home.enterprise.step.open"));
        open.getElement().setAttribute("router-link", true);
        Anchor dashboard = new Anchor("plan/dashboard", getTranslation("nav.plan-dashboard"));
        dashboard.getElement().setAttribute("router-link", true);
        report.add(open, new Paragraph(dashboard));
        add(stats, report, goalsCard);
    }
}
