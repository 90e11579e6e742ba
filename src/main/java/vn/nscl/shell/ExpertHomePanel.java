package vn.nscl.shell;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import vn.nscl.expert.ExpertProfile;
import vn.nscl.shared.ui.DetailList;
import vn.nscl.shared.ui.StatTile;

/** The expert's home: where the profile stands, requests waiting for an answer, engagements in hand. */
class ExpertHomePanel extends Div {

    ExpertHomePanel(MatchingHome matching) {
        addClassName("home-panels");
        ExpertProfile me;
        try {
            me = matching.profiles().myProfile();
        } catch (vn.nscl.shared.UserFacingException noProfile) {
            add(new Paragraph(getTranslation("home.expert.no-profile")));
            return;
        }
        Card profile = new Card();
        profile.setTitle(getTranslation("home.expert.profile"));
        Span status = new Span(getTranslation("expert.status." + me.status().name()));
        status.addClassNames("badge", "status-" + me.status().name().toLowerCase(java.util.Locale.ROOT));
        profile.add(status, new Paragraph(getTranslation("expert.status." + me.status().name() + ".help")),
                new DetailList().row("expert.full-name", me.fullName()).row("expert.organisation", me.organisation()),
                link(getTranslation("home.expert.open-profile"), "expert/profile"));
        Card work = new Card();
        work.setTitle(getTranslation("nav.inbox"));
        long engaged = matching.inbox().engagements().stream().filter(r -> r.status().engaged()).count();
        work.add(new Div(new StatTile(getTranslation("home.expert.offers"), matching.inbox().offers().size()),
                new StatTile(getTranslation("home.expert.engagements"), engaged)),
                link(getTranslation("home.expert.open-inbox"), "inbox"));
        add(profile, work);
    }

    static Anchor link(String text, String route) {
        return vn.nscl.shared.ui.RouteLink.to(route, text);
    }
}
