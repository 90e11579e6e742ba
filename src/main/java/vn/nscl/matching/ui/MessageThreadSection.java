package vn.nscl.matching.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import vn.nscl.matching.MessageThread;
import vn.nscl.matching.RequestMessageService;
import vn.nscl.matching.RequestMessageView;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Notifications;

/**
 * "Trao đổi" on an accepted request: the messages between the enterprise, the expert and DOST, oldest first, each
 * saying who wrote it and when, and a box to write the next one while the work goes on. The box keeps what was typed
 * when sending fails.
 */
class MessageThreadSection extends Div {

    final Div messages = new Div();
    final TextArea body = new TextArea();
    final Button send = new Button();
    private final RequestMessageService service;
    private final long requestId;
    private boolean hasThread;

    MessageThreadSection(RequestMessageService service, long requestId) {
        this.service = service;
        this.requestId = requestId;
        addClassName("message-thread");
        messages.addClassName("message-list");
        messages.getElement().setAttribute("role", "log");
        messages.getElement().setAttribute("aria-label", getTranslation("request.messages"));
        body.setLabel(getTranslation("request.message.body"));
        body.setMaxLength(RequestMessageService.BODY_MAX_LENGTH);
        body.setWidthFull();
        send.setText(getTranslation("request.message.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        show(service.thread(requestId));
    }

    /** Whether the request has a thread for this reader (an expert accepted it): otherwise nothing is shown. */
    boolean hasThread() {
        return hasThread;
    }

    private void show(MessageThread thread) {
        hasThread = thread.exists();
        removeAll();
        messages.removeAll();
        add(new H2(getTranslation("request.messages")));
        if (thread.messages().isEmpty()) {
            messages.add(new Paragraph(getTranslation("request.messages.empty")));
        }
        thread.messages().forEach(message -> messages.add(bubble(message)));
        add(messages);
        if (thread.open()) {
            add(new Paragraph(getTranslation("request.messages.help")), body, send);
        } else {
            add(new Paragraph(getTranslation("request.messages.closed")));
        }
    }

    private Div bubble(RequestMessageView message) {
        String who = message.mine() ? getTranslation("request.message.you")
                : getTranslation("request.message.side." + message.side().name()) + " · " + message.authorName();
        Span header = new Span(who + " · " + Formats.dateTime(message.sentAt()));
        header.addClassName("message-header");
        Paragraph text = new Paragraph(message.body());
        text.addClassName("message-body");
        Div bubble = new Div(header, text);
        bubble.addClassNames("message", message.mine() ? "message-mine" : "message-other");
        return bubble;
    }

    private void send() {
        FormProblems.clear(Map.of("body", body));
        try {
            service.send(requestId, body.getValue());
        } catch (UserFacingException problem) {
            FormProblems.show(this, problem, Map.of("body", body));
            return;
        }
        body.clear();
        Notifications.success(getTranslation("request.message.sent"));
        show(service.thread(requestId));
    }
}
