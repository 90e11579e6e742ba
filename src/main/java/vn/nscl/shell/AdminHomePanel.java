package vn.nscl.shell;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

import vn.nscl.audit.AuditEntry;
import vn.nscl.audit.AuditLog;
import vn.nscl.mail.MailOutbox;
import vn.nscl.mail.MailStatus;
import vn.nscl.security.AccountService;
import vn.nscl.security.Role;
import vn.nscl.shared.ui.ComponentTexts;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.StatTile;

/** The administrator's home: accounts by role, mails that failed, and the latest entries of the audit log. */
class AdminHomePanel extends Div {

    final Grid<AuditEntry> latest = new Grid<>();

    AdminHomePanel(AccountService accounts, AuditLog audit, MailOutbox mails) {
        addClassName("home-panels");
        Div stats = new Div();
        stats.addClassName("stat-row");
        for (Role role : Role.values()) {
            stats.add(new StatTile(getTranslation("role." + role.name()), accounts.countWithRole(role)));
        }
        // Mails that could not be delivered after every retry: someone did not get a link they need.
        Anchor failedMails = new Anchor("admin/mails", new StatTile(getTranslation("home.admin.failed-mails"),
                mails.count(MailStatus.FAILED)));
        failedMails.addClassName("stat-link");
        stats.add(failedMails);
        latest.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(getTranslation("audit.time"));
        latest.addColumn(AuditEntry::actorEmail).setHeader(getTranslation("audit.actor")).setFlexGrow(2);
        latest.addColumn(e -> ComponentTexts.translateOr(this, "audit.action." + e.action(), e.action())).setHeader(getTranslation("audit.action"))
                .setFlexGrow(2);
        latest.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        latest.setAllRowsVisible(true);
        latest.setItems(audit.latest(10));
        Card recent = new Card();
        recent.setTitle(getTranslation("home.admin.latest"));
        recent.add(latest);
        recent.addClassName("wide-card");
        add(stats, recent);
    }
}
