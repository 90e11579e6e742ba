package vn.nscl.matching.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import vn.nscl.matching.RequestDeskService;
import vn.nscl.matching.RequestDeskService.LeftOut;
import vn.nscl.matching.SupportRequestView;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.shared.ui.ReasonDialog;

/**
 * For an officer, what can still be done with a request no rule-chosen expert fits: give it to an expert the rules
 * left out (each with the rules' reason: busy, outside the area, no certificate), saying why; or close it with a
 * reason the enterprise is told. Writing to the enterprise is the message thread below.
 */
class LeftOutSection extends Div {

    LeftOutSection(RequestView view, RequestDeskService desk, SupportRequestView request) {
        addClassName("left-out");
        List<LeftOut> leftOut = desk.leftOut(request.id());
        Div list = new Div();
        leftOut.forEach(expert -> list.add(row(view, desk, request, expert)));
        if (leftOut.isEmpty()) {
            list.add(new Span(getTranslation("request.left-out.none")));
        }
        Details details = new Details(getTranslation("request.left-out", leftOut.size()), list);
        details.setOpened(request.status() == vn.nscl.matching.RequestStatus.NO_MATCH);
        Button close = new Button(getTranslation("request.close"), e -> new ReasonDialog(
                getTranslation("request.close"), getTranslation("request.close.help"), getTranslation("request.close"),
                RequestDeskService.REASON_MAX_LENGTH, reason -> {
                    desk.close(request.id(), reason, request.version());
                    Notifications.success(getTranslation("request.closed"));
                    view.show();
                }).open());
        close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(details, close);
    }

    private Div row(RequestView view, RequestDeskService desk, SupportRequestView request, LeftOut expert) {
        Span name = new Span(expert.name() + (expert.organisation().isEmpty() ? "" : " · " + expert.organisation()));
        name.addClassName("contact-name");
        Span why = new Span(getTranslation("request.left-out.why", expert.why()));
        Button assign = new Button(getTranslation("request.assign"), e -> new ReasonDialog(
                getTranslation("request.assign"), getTranslation("request.assign.left-out.help", expert.name(),
                        expert.why()), getTranslation("request.assign"), RequestDeskService.REASON_MAX_LENGTH,
                reason -> {
                    desk.assignLeftOut(request.id(), expert.expertId(), reason, request.version());
                    Notifications.success(getTranslation("request.assigned", expert.name()));
                    view.show();
                }).open());
        assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div row = new Div(name, why, assign);
        row.addClassNames("contact-person", "left-out-expert");
        row.getElement().setAttribute("data-expert", String.valueOf(expert.expertId()));
        return row;
    }
}
