package vn.nscl.matching.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import vn.nscl.matching.Effect;
import vn.nscl.matching.Match;
import vn.nscl.matching.RequestStatus;
import vn.nscl.matching.SupportRequestService;
import vn.nscl.matching.SupportRequestView;
import vn.nscl.shared.ui.Confirmations;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.shared.ui.StatTile;

/** What the enterprise can do on its request page, by the request's state. */
class EnterpriseActions {

    private final RequestView view;
    private final SupportRequestService requests;
    private final SupportRequestView request;

    EnterpriseActions(RequestView view, SupportRequestService requests, SupportRequestView request) {
        this.view = view;
        this.requests = requests;
        this.request = request;
    }

    void addTo(Div actions, Div proposals) {
        long id = request.id();
        long version = request.version();
        RequestStatus status = request.status();
        if (RequestView.isOpen(status)) {
            proposals(proposals, id, version);
        }
        if (status == RequestStatus.OFFERED) {
            actions.add(new Paragraph(view.getTranslation("request.waiting-expert", request.expertName())));
        }
        if (status == RequestStatus.AWAITING_OFFICER) {
            actions.add(new Paragraph(view.getTranslation("request.waiting-officer")));
        }
        if (status.beforeAcceptance()) {
            Button cancel = new Button(view.getTranslation("request.cancel"), e -> Confirmations.dialog(view,
                    "request.cancel", "request.cancel.confirm",
                    () -> view.act(() -> requests.cancel(id, version), "request.cancelled")).open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(cancel);
        }
        if (status == RequestStatus.REPORTED) {
            actions.add(confirmation(id, version));
        }
        if (status == RequestStatus.COMPLETED && request.followupDue() != null) {
            Button assess = new Button(view.getTranslation("request.follow-up.start"),
                    e -> view.getUI().ifPresent(ui -> ui.navigate("assessment")));
            actions.add(effect(requests.effect(id)));
            actions.add(new Paragraph(view.getTranslation("request.follow-up", Formats.date(request.followupDue()))),
                    assess);
        }
    }

    /** Before and after as two tiles; the change once the follow-up self-assessment exists. */
    private Div effect(Effect effect) {
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        Div tiles = new Div(new StatTile(view.getTranslation("request.effect.before", year(effect.beforeYear())),
                effect.before() == null ? Numbers.MISSING : Numbers.score(effect.before(), locale)),
                new StatTile(effect.after() == null ? view.getTranslation("request.effect.not-yet")
                        : view.getTranslation("request.effect.after", year(effect.afterYear())),
                        effect.after() == null ? Numbers.MISSING : Numbers.score(effect.after(), locale)));
        tiles.addClassName("stat-row");
        Div box = new Div(new H2(view.getTranslation("request.effect")), tiles);
        if (effect.change() != null) {
            box.add(new Paragraph(view.getTranslation("request.effect.change",
                    Numbers.signed(effect.change(), locale))));
        }
        return box;
    }

    private static String year(Integer year) {
        return year == null ? "" : String.valueOf(year);
    }

    private void proposals(Div proposals, long id, long version) {
        List<Match> candidates = requests.candidates(id);
        proposals.add(new H2(view.getTranslation("request.proposals")),
                new Paragraph(view.getTranslation("request.proposals.help")));
        if (candidates.isEmpty()) {
            proposals.add(new Paragraph(view.getTranslation("request.no-candidates")));
        }
        for (int i = 0; i < candidates.size(); i++) {
            Match match = candidates.get(i);
            Button choose = new Button(view.getTranslation("request.choose"), e -> view.act(
                    () -> requests.choose(id, match.expertId(), version), "request.chosen", match.expertName()));
            choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            proposals.add(new MatchCard(match, i + 1, choose));
        }
        if (request.status() == RequestStatus.OPEN || request.status() == RequestStatus.NO_MATCH) {
            Button askOfficer = new Button(view.getTranslation("request.ask-officer"),
                    e -> view.act(() -> requests.askOfficer(id, version), "request.asked-officer"));
            askOfficer.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            proposals.add(askOfficer);
        }
    }

    private Div confirmation(long id, long version) {
        RadioButtonGroup<Integer> stars = new RadioButtonGroup<>();
        stars.setLabel(view.getTranslation("request.rating"));
        stars.setItems(5, 4, 3, 2, 1);
        stars.setItemLabelGenerator(n -> "★".repeat(n) + " " + view.getTranslation("request.rating." + n));
        TextArea comment = new TextArea(view.getTranslation("request.rating.comment"));
        comment.setMaxLength(SupportRequestService.COMMENT_MAX_LENGTH);
        comment.setWidthFull();
        Button confirm = new Button(view.getTranslation("request.confirm"), e -> {
            if (stars.getValue() == null) {
                stars.setInvalid(true);
                stars.setErrorMessage(view.getTranslation("request.error.rating"));
                return;
            }
            view.act(() -> requests.confirmCompletion(id, stars.getValue(), comment.getValue(), version),
                    "request.confirmed");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Div box = new Div(new H2(view.getTranslation("request.confirm.title")),
                new Paragraph(view.getTranslation("request.confirm.help")), stars, comment, confirm);
        box.addClassName("confirm-completion");
        return box;
    }
}
