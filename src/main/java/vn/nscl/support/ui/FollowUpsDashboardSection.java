package vn.nscl.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;

import vn.nscl.support.SupportFollowUps;
import vn.nscl.shared.ui.DashboardSection;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.RouteLink;

/** On the plan dashboard: the supported enterprises not yet assessed again since their project ended. */
@SpringComponent
class FollowUpsDashboardSection implements DashboardSection {

    private final SupportFollowUps followUps;

    FollowUpsDashboardSection(SupportFollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public Component create() {
        var due = followUps.due();
        Div section = new Div();
        section.addClassName("follow-up-list");
        section.add(new H3(section.getTranslation("followup.due.title", due.size())));
        if (due.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("followup.due.none")));
        }
        due.stream().limit(20).forEach(f -> section.add(new Div(RouteLink.to("enterprises/" + f.enterpriseId(),
                f.enterpriseName()), new Span(" · " + f.title() + " · " + section.getTranslation(
                        "followup.completed", Formats.date(f.completedAt()))))));
        if (due.size() > 20) {
            section.add(RouteLink.to("applications/review", section.getTranslation("followup.all", due.size())));
        }
        return section;
    }
}
