package vn.nscl.recommendation.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;

import vn.nscl.assessment.ui.ResultsSection;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.catalogue.CatalogueItem;
import vn.nscl.catalogue.Programme;
import vn.nscl.recommendation.AdviceCaseService;
import vn.nscl.recommendation.AssessmentRecommendations;
import vn.nscl.recommendation.PriorityBand;
import vn.nscl.recommendation.Recommendation;
import vn.nscl.recommendation.RecommendationService;
import vn.nscl.shared.SignedIn;

/**
 * "Việc nên làm tiếp theo" on the results page: the first few tools and standards as cards, each saying why (the
 * enterprise's own answers and figures), how urgent, what to do first, what it costs, what should come before it and
 * which programme can fund it, with the catalogue's explanation folded away; the rest on request; then the support
 * programmes the enterprise is eligible for. Figures the enterprise could add for better advice are asked for at the
 * top. Officers also see which rule said what; the enterprise reads plain words only.
 */
@Component
@Order(10)
class RecommendationsSection implements ResultsSection {

    private final RecommendationService recommendations;
    private final AdviceCaseService cases;
    private final Catalogue catalogue;

    RecommendationsSection(RecommendationService recommendations, AdviceCaseService cases, Catalogue catalogue) {
        this.recommendations = recommendations;
        this.cases = cases;
        this.catalogue = catalogue;
    }

    @Override
    public com.vaadin.flow.component.Component create(long assessmentId) {
        Section section = new Section(recommendations.forAssessment(assessmentId), catalogue);
        if (SignedIn.hasRole("OFFICER") || SignedIn.hasRole("ADMIN")) {
            section.offerToSaveAsCase(cases);
        }
        return section;
    }

    /** The section itself: one per results page. */
    static final class Section extends Div {

        private final transient Catalogue catalogue;
        private final transient AssessmentRecommendations advice;
        private final Locale locale;
        private List<String> recommended = List.of();
        Button saveAsCase;

        Section(AssessmentRecommendations advice, Catalogue catalogue) {
            this.catalogue = catalogue;
            this.advice = advice;
            this.locale = getLocale();
            addClassName("recommendations");
            setId("recommendations");
            add(new H2(getTranslation("recommendations.title")));
            if (!advice.missingFigures().isEmpty()) {
                add(missingFigures(advice.missingFigures()));
            }
            List<Recommendation> tools = advice.tools();
            this.recommended = tools.stream().map(Recommendation::code).toList();
            if (tools.isEmpty()) {
                add(new Paragraph(getTranslation("recommendations.none")));
            } else {
                add(intro(getTranslation("recommendations.intro")));
                Div shown = list();
                tools.stream().filter(Recommendation::shown).forEach(r -> shown.add(toolCard(r)));
                add(shown);
                List<Recommendation> rest = tools.stream().filter(r -> !r.shown()).toList();
                if (!rest.isEmpty()) {
                    Div more = list();
                    more.setVisible(false);
                    rest.forEach(r -> more.add(toolCard(r)));
                    Button showMore = new Button(getTranslation("recommendations.more", rest.size()),
                            VaadinIcon.ANGLE_DOWN.create());
                    showMore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    showMore.addClassName("show-more");
                    showMore.addClickListener(click -> {
                        more.setVisible(true);
                        showMore.setVisible(false);
                    });
                    add(showMore, more);
                }
            }
            add(new H2(getTranslation("recommendations.programmes")));
            if (advice.programmes().isEmpty()) {
                add(new Paragraph(getTranslation("recommendations.programmes.none")));
            } else {
                add(intro(getTranslation("recommendations.programmes.intro")));
                Div programmes = list();
                List<Recommendation> eligible = advice.programmes();
                for (int i = 0; i < eligible.size(); i++) {
                    programmes.add(programmeCard(eligible.get(i), i + 1));
                }
                add(programmes);
            }
            if (advice.ruleSetNumber() > 0) {
                add(intro(getTranslation("recommendations.rule-set", advice.ruleSetNumber())));
            }
        }

        /** "Lưu làm ca kiểm thử": officers keep this assessment, with what an expert expects of it, as a test case. */
        void offerToSaveAsCase(AdviceCaseService cases) {
            saveAsCase = new Button(getTranslation("cases.save.open"), VaadinIcon.CLIPBOARD_CHECK.create(),
                    click -> new SaveCaseDialog(cases, catalogue, advice.assessmentId(),
                            getTranslation("cases.save.suggested", advice.assessmentId()),
                            advice.tools().stream().filter(Recommendation::shown).map(Recommendation::code).toList())
                            .open());
            saveAsCase.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            saveAsCase.addClassName("save-as-case");
            add(saveAsCase);
        }

        private Div toolCard(Recommendation recommendation) {
            CatalogueItem item = catalogue.item(recommendation.code()).orElse(null);
            Div card = card(recommendation, recommendation.rank(), catalogue.itemName(recommendation.code(), locale),
                    "recommendations.priority.");
            if (item != null) {
                card.add(line("recommendation-first-step", VaadinIcon.FLAG_CHECKERED,
                        getTranslation("recommendations.first-step"), item.firstStep() == null ? null
                                : item.firstStep().in(locale)));
                card.add(line("recommendation-effort", VaadinIcon.CLOCK, getTranslation("recommendations.effort"),
                        item.effort() == null ? null : item.effort().in(locale)));
                List<String> first = item.prerequisites().stream().filter(recommended::contains)
                        .map(code -> catalogue.itemName(code, locale)).toList();
                if (!first.isEmpty()) {
                    card.add(line("recommendation-do-first", VaadinIcon.ARROW_CIRCLE_RIGHT_O,
                            getTranslation("recommendations.do-first"), String.join(", ", first)));
                }
            }
            if (recommendation.fundingProgramme() != null) {
                String funder = catalogue.programmeName(recommendation.fundingProgramme(), locale);
                Paragraph funding = new Paragraph(VaadinIcon.MONEY.create(),
                        new Span(getTranslation("recommendations.funding") + ": " + funder));
                funding.addClassName("recommendation-funding");
                card.add(funding);
            }
            if (item != null) {
                card.add(details(
                        fact("recommendations.description", item.description().in(locale)),
                        fact("recommendations.audience", item.audience().in(locale)),
                        fact("recommendations.duration", item.duration().in(locale)),
                        fact("recommendations.benefits", item.benefits().in(locale)),
                        fact("recommendations.prerequisites", prerequisites(item))));
            }
            addRuleLine(card, recommendation);
            if (SignedIn.hasRole("ENTERPRISE")) {
                Button findExpert = new Button(getTranslation("recommendations.find-expert"),
                        VaadinIcon.HANDSHAKE.create(), click -> getUI().ifPresent(ui -> ui.navigate("requests/new",
                                QueryParameters.of("item", recommendation.code()))));
                findExpert.addThemeVariants(ButtonVariant.LUMO_SMALL);
                findExpert.addClassName("find-expert");
                card.add(findExpert);
            }
            return card;
        }

        private Div programmeCard(Recommendation recommendation, int number) {
            Programme programme = catalogue.programme(recommendation.code()).orElse(null);
            Div card = card(recommendation, number, catalogue.programmeName(recommendation.code(), locale),
                    "recommendations.fit.");
            if (programme != null) {
                card.add(details(
                        fact("recommendations.support", programme.support().in(locale)),
                        fact("recommendations.eligibility", programme.eligibility().in(locale)),
                        fact("recommendations.description", programme.description().in(locale)),
                        fact("recommendations.plan-ref", programme.planRef())));
            }
            addRuleLine(card, recommendation);
            if (SignedIn.hasRole("ENTERPRISE")) {
                Button apply = new Button(getTranslation("recommendations.apply"), VaadinIcon.FILE_TEXT_O.create(),
                        click -> getUI().ifPresent(ui -> ui.navigate("programmes")));
                apply.addThemeVariants(ButtonVariant.LUMO_SMALL);
                card.add(apply);
            }
            return card;
        }

        /** A card numbered within its list; {@code bandKeys} words the priority (urgency for tools, fit for programmes). */
        private Div card(Recommendation recommendation, int number, String title, String bandKeys) {
            Span rank = new Span(String.valueOf(number));
            rank.addClassName("recommendation-rank");
            H3 name = new H3(title);
            Span priority = new Span(getTranslation(bandKeys + PriorityBand.of(recommendation.priority()).key()));
            priority.addClassNames("badge", "priority-" + PriorityBand.of(recommendation.priority()).key());
            Div header = new Div(rank, name, priority);
            header.addClassName("recommendation-header");
            Paragraph reason = new Paragraph(new Span(getTranslation("recommendations.why") + ": "),
                    new Text(recommendation.reason(locale)));
            reason.addClassName("recommendation-reason");
            Div card = new Div(header, reason);
            card.addClassName("recommendation-card");
            card.getElement().setAttribute("data-code", recommendation.code());
            return card;
        }

        /** Which rule said it and its priority: for officers checking the rules, not for the enterprise. */
        private void addRuleLine(Div card, Recommendation recommendation) {
            if (SignedIn.hasRole("ENTERPRISE")) {
                return;
            }
            Paragraph rule = new Paragraph(getTranslation("recommendations.rule", recommendation.rule(),
                    recommendation.priority()));
            rule.addClassName("recommendation-rule");
            card.add(rule);
        }

        /** "Bổ sung số liệu…": what the enterprise could add for more precise advice, with the way to its profile. */
        private Div missingFigures(List<String> missing) {
            String figures = String.join(", ", missing.stream()
                    .map(key -> getTranslation("recommendations.missing." + key)).toList());
            Paragraph text = new Paragraph(VaadinIcon.INFO_CIRCLE_O.create(),
                    new Span(getTranslation("recommendations.missing", figures)));
            Div notice = new Div(text);
            notice.addClassName("recommendations-missing");
            if (SignedIn.hasRole("ENTERPRISE")) {
                Button profile = new Button(getTranslation("recommendations.missing.update"),
                        click -> getUI().ifPresent(ui -> ui.navigate("enterprise/profile")));
                profile.addThemeVariants(ButtonVariant.LUMO_SMALL);
                notice.add(profile);
            }
            return notice;
        }

        /** A labelled line of a card, or nothing when the catalogue leaves it blank. */
        private Paragraph line(String className, VaadinIcon icon, String label, String value) {
            if (value == null || value.isBlank()) {
                return new Paragraph();
            }
            Span strong = new Span(label + ": ");
            strong.addClassName("detail-label");
            Paragraph paragraph = new Paragraph(icon.create(), strong, new Span(value));
            paragraph.addClassName(className);
            return paragraph;
        }

        /** The catalogue's explanation, folded away; facts the catalogue leaves blank are null and skipped. */
        private Details details(Div... facts) {
            Div content = new Div();
            content.addClassName("detail-list");
            java.util.Arrays.stream(facts).filter(java.util.Objects::nonNull).forEach(content::add);
            Details details = new Details(getTranslation("recommendations.details"), content);
            details.addClassName("recommendation-details");
            return details;
        }

        private Div fact(String labelKey, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            Span label = new Span(getTranslation(labelKey));
            label.addClassName("detail-label");
            Span text = new Span(value);
            text.addClassName("detail-value");
            Div row = new Div(label, text);
            row.addClassName("detail-row");
            return row;
        }

        private String prerequisites(CatalogueItem item) {
            return String.join(", ", item.prerequisites().stream()
                    .map(code -> catalogue.itemName(code, locale)).toList());
        }

        private static Paragraph intro(String text) {
            Paragraph paragraph = new Paragraph(text);
            paragraph.addClassName("recommendations-note");
            return paragraph;
        }

        private static Div list() {
            Div list = new Div();
            list.addClassName("recommendation-list");
            return list;
        }
    }
}
