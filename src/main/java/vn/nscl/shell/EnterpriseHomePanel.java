package vn.nscl.shell;

import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Anchor;

import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.assessment.AssessmentSummary;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.enterprise.EnterpriseVerification;
import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.ui.DetailList;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.shared.ui.StatTile;

/** The enterprise's home: its registration details and the steps of the programme ahead of it. */
class EnterpriseHomePanel extends Div {

    /** Steps that already have a page, and where it is. */
    private static final Map<String, String> STEP_ROUTES = Map.of("profile", "enterprise/profile",
            "assess", "assessment", "expert", "requests");

    EnterpriseHomePanel(EnterpriseService enterprises, AssessmentResultsService results, ReferenceData reference,
            MatchingHome matching, PlanHome plan) {
        addClassName("home-panels");
        Card profile = new Card();
        profile.setTitle(getTranslation("home.enterprise.profile"));
        Optional<EnterpriseSummary> mine = enterprises.mine();
        mine.ifPresentOrElse(e -> profile.add(details(e, reference)), () -> profile.add(noEnterprise(enterprises)));
        mine.filter(e -> e.verification() == EnterpriseVerification.PENDING)
                .ifPresent(e -> profile.add(new Paragraph(getTranslation("home.enterprise.pending"))));

        Card steps = new Card();
        steps.setTitle(getTranslation("home.enterprise.steps"));
        OrderedList list = new OrderedList();
        for (String step : new String[] {"profile", "assess", "recommend", "expert", "support"}) {
            ListItem item = new ListItem();
            Span title = new Span(getTranslation("home.enterprise.step." + step));
            title.addClassName("step-title");
            item.add(title, new Paragraph(getTranslation("home.enterprise.step." + step + ".text")));
            if (STEP_ROUTES.containsKey(step)) {
                item.add(routeLink(getTranslation("home.enterprise.step.open"), STEP_ROUTES.get(step)));
            }
            list.add(item);
        }
        list.addClassName("steps");
        steps.add(list);
        add(profile, steps);
        (mine.isPresent() ? matching.requests().followUpsDue() : java.util.List.<vn.nscl.matching.SupportRequestView>of())
                .stream().findFirst().ifPresent(due -> {
            Card followUp = new Card();
            followUp.setTitle(getTranslation("home.enterprise.follow-up"));
            followUp.add(new Paragraph(getTranslation("home.enterprise.follow-up.text", due.expertName())),
                    routeLink(getTranslation("home.enterprise.step.open"), "assessment"));
            followUp.addClassName("wide-card");
            add(followUp);
        });
        mine.flatMap(e -> results.history(e.id()).stream().findFirst()).ifPresent(latest -> add(latestResult(latest)));
        if (mine.isPresent() && plan.showcase().mine().model()) {
            Card model = new Card();
            model.setTitle(getTranslation("home.enterprise.model"));
            model.add(new Paragraph(getTranslation(plan.showcase().mine().consented() ? "home.enterprise.model.shown"
                    : "home.enterprise.model.text")), routeLink(getTranslation("home.enterprise.step.open"), "showcase"));
            model.addClassName("wide-card");
            add(model);
        }
    }

    /** An account without an enterprise: its claim on a code another account holds, or how to start. */
    private Paragraph noEnterprise(EnterpriseService enterprises) {
        return enterprises.myClaims().stream().findFirst().map(claim -> "REFUSED".equals(claim.status())
                ? new Paragraph(getTranslation("home.enterprise.claim.refused", claim.enterpriseCode(), claim.reason()))
                : new Paragraph(getTranslation("home.enterprise.claim", claim.enterpriseCode())))
                .orElseGet(() -> new Paragraph(getTranslation("home.enterprise.no-profile")));
    }

    /** A link to another module's view by its route (not its class, to keep modules apart), kept in the page. */
    private static Anchor routeLink(String text, String route) {
        Anchor link = new Anchor(route, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private Card latestResult(AssessmentSummary latest) {
        Card card = new Card();
        card.setTitle(getTranslation("home.enterprise.latest", String.valueOf(latest.year())));
        card.add(new StatTile(getTranslation("results.overall"), Numbers.score(latest.overall(), getLocale()) + "/100"),
                new Paragraph(latest.maturityLevel() == null ? ""
                        : getTranslation("results.maturity") + ": " + getTranslation("maturity." + latest.maturityLevel())),
                routeLink(getTranslation("assessment.open-results"), "assessment/" + latest.id() + "/results"));
        card.addClassName("wide-card");
        return card;
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
