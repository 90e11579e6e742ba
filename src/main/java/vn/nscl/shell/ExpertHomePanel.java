package vn.nscl.shell;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import vn.nscl.expert.ExpertService;
import vn.nscl.shared.ui.DetailList;
import vn.nscl.shared.ui.Formats;

/** The expert's home: the registered details and what happens next. */
class ExpertHomePanel extends Div {

    ExpertHomePanel(ExpertService experts) {
        addClassName("home-panels");
        Card profile = new Card();
        profile.setTitle(getTranslation("home.expert.profile"));
        experts.mine().ifPresentOrElse(expert -> profile.add(new DetailList()
                        .row("expert.full-name", expert.fullName())
                        .row("expert.organisation", expert.organisation())
                        .row("account.email", expert.email())
                        .row("account.phone", expert.phone())
                        .row("home.registered-at", Formats.date(expert.registeredAt()))),
                () -> profile.add(new Paragraph(getTranslation("home.expert.no-profile"))));
        Card next = new Card();
        next.setTitle(getTranslation("home.expert.next"));
        next.add(new Paragraph(getTranslation("home.expert.next.text")));
        add(profile, next);
    }
}
