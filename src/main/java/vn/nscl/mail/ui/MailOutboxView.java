package vn.nscl.mail.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.mail.MailOutbox;
import vn.nscl.mail.MailStatus;
import vn.nscl.mail.MailSummary;
import vn.nscl.shared.ui.Attempts;
import vn.nscl.shared.ui.Formats;

/**
 * Thư đi: the administrator sees which mails were sent, which wait for a retry and why, which failed for good, and
 * sends a failed or held one again.
 */
@Route("admin/mails")
@Menu(title = "nav.mails", order = 92, icon = "vaadin:envelopes")
@RolesAllowed("ADMIN")
public class MailOutboxView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<MailStatus> status = new ComboBox<>();
    final Paragraph totals = new Paragraph();
    final Grid<MailSummary> grid = new Grid<>();
    private final MailOutbox outbox;

    MailOutboxView(MailOutbox outbox) {
        this.outbox = outbox;
        setSizeFull();
        status.setPlaceholder(getTranslation("mails.all"));
        status.setItems(MailStatus.values());
        status.setItemLabelGenerator(this::statusName);
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refresh());

        grid.addColumn(m -> Formats.dateTime(m.createdAt())).setHeader(getTranslation("mails.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MailSummary::recipient).setHeader(getTranslation("mails.recipient")).setFlexGrow(2);
        grid.addColumn(MailSummary::subject).setHeader(getTranslation("mails.subject")).setFlexGrow(4)
                .setTooltipGenerator(m -> m.body() == null ? m.subject() : m.body());
        grid.addColumn(new ComponentRenderer<>(this::statusBadge)).setHeader(getTranslation("mails.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MailSummary::attempts).setHeader(getTranslation("mails.attempts")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::when).setHeader(getTranslation("mails.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader(getTranslation("mails.reason"))
                .setFlexGrow(2).setTooltipGenerator(m -> m.lastError() == null ? "" : m.lastError());
        grid.addColumn(new ComponentRenderer<>(this::resendButton)).setKey("resend").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        add(new Paragraph(getTranslation("mails.intro")), status, totals, grid);
        refresh();
    }

    void refresh() {
        MailStatus chosen = status.getValue();
        grid.setItems(q -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(q);
            return outbox.list(chosen, page.getPageNumber(), page.getPageSize()).stream();
        }, q -> (int) Math.min(Integer.MAX_VALUE, outbox.count(chosen)));
        totals.setText(getTranslation("mails.totals", outbox.count(MailStatus.SENT), outbox.count(MailStatus.WAITING),
                outbox.count(MailStatus.FAILED), outbox.count(MailStatus.HELD)));
    }

    private String statusName(MailStatus value) {
        return getTranslation("mails.status." + value.name());
    }

    private Component statusBadge(MailSummary mail) {
        Span badge = new Span(statusName(mail.status()));
        badge.addClassNames("badge", "mail-status-" + mail.status().name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** When it was sent, or when the next try is due. */
    private String when(MailSummary mail) {
        return switch (mail.status()) {
            case SENT -> mail.sentAt() == null ? "" : Formats.dateTime(mail.sentAt());
            case WAITING -> getTranslation("mails.next", Formats.dateTime(mail.nextAttemptAt()));
            default -> "";
        };
    }

    private Component resendButton(MailSummary mail) {
        if (mail.status() != MailStatus.FAILED && mail.status() != MailStatus.HELD) {
            return new Span();
        }
        Button resend = new Button(getTranslation("mails.resend"), e -> {
            if (Attempts.run(this, () -> outbox.resend(mail.id()), "mails.resent")) {
                refresh();
            }
        });
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return resend;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mails") + " | " + getTranslation("app.name");
    }
}
