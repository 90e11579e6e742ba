package vn.nscl.shell;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
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

/** The enterprise's home: "Việc của tôi" (where it stands on each step, and what to do next) and its details. */
class EnterpriseHomePanel extends Div {

    EnterpriseHomePanel(EnterpriseService enterprises, AssessmentResultsService results, ReferenceData reference,
            MatchingHome matching, PlanHome plan, EnterpriseAgenda agenda) {
        addClassName("home-panels");
        Card profile = new Card();
        profile.setTitle(getTranslation("home.enterprise.profile"));
        Optional<EnterpriseSummary> mine = enterprises.mine();
        mine.ifPresentOrElse(e -> profile.add(details(e, reference)), () -> profile.add(noEnterprise(enterprises)));
        mine.filter(e -> e.verification() == EnterpriseVerification.PENDING)
                .ifPresent(e -> profile.add(new Paragraph(getTranslation("home.enterprise.pending"))));

        Card steps = new Card();
        steps.setTitle(getTranslation("home.enterprise.steps"));
        steps.addClassNames("my-tasks", "wide-card");
        steps.add(mine.<com.vaadin.flow.component.Component>map(e -> agendaList(agenda.of(e, texts())))
                .orElseGet(this::genericSteps));
        add(steps, profile);
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

    /** The agenda as a list: each step's state as an icon (named for screen readers), its text and its link. */
    private UnorderedList agendaList(List<EnterpriseAgenda.Item> items) {
        UnorderedList list = new UnorderedList();
        list.addClassName("agenda");
        for (EnterpriseAgenda.Item item : items) {
            Icon icon = switch (item.state()) {
                case DONE -> VaadinIcon.CHECK_CIRCLE.create();
                case NOW -> VaadinIcon.ARROW_CIRCLE_RIGHT.create();
                case LATER -> VaadinIcon.CIRCLE_THIN.create();
            };
            icon.getElement().setAttribute("role", "img");
            icon.getElement().setAttribute("aria-label", getTranslation("agenda.state." + item.state().name()));
            Span title = new Span(item.title());
            title.addClassName("step-title");
            Div body = new Div(title, new Paragraph(item.text()));
            if (item.route() != null) {
                body.add(routeLink(item.linkText(), item.route()));
            }
            ListItem line = new ListItem(icon, body);
            line.addClassNames("agenda-item", "agenda-" + item.state().name().toLowerCase(Locale.ROOT));
            list.add(line);
        }
        return list;
    }

    private EnterpriseAgenda.Texts texts() {
        return new EnterpriseAgenda.Texts() {
            @Override
            public String get(String key, Object... args) {
                return getTranslation(key, args);
            }

            @Override
            public Locale locale() {
                return getLocale();
            }
        };
    }

    /** The programme's steps, for an account whose enterprise is not registered yet. */
    private OrderedList genericSteps() {
        OrderedList list = new OrderedList();
        for (String step : new String[] {"profile", "assess", "recommend", "expert", "support"}) {
            ListItem item = new ListItem();
            Span title = new Span(getTranslation("home.enterprise.step." + step));
            title.addClassName("step-title");
            item.add(title, new Paragraph(getTranslation("home.enterprise.step." + step + ".text")));
            list.add(item);
        }
        list.addClassName("steps");
        return list;
    }

    /** An account without an enterprise: its claim on a code another account holds, or how to start. */
    private Paragraph noEnterprise(EnterpriseService enterprises) {
        return enterprises.myClaims().stream().findFirst().map(claim -> "REFUSED".equals(claim.status())
                ? new Paragraph(getTranslation("home.enterprise.claim.refused", claim.enterpriseCode(), claim.reason()))
                : new Paragraph(getTranslation("home.enterprise.claim", claim.enterpriseCode())))
                .orElseGet(() -> new Paragraph(getTranslation("home.enterprise.no-profile")));
    }

    private static Anchor routeLink(String text, String route) {
        return vn.nscl.shared.ui.RouteLink.to(route, text);
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
