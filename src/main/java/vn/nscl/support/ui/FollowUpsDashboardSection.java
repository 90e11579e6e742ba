package vn.nscl.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.spring.annotation.SpringComponent;

import vn.nscl.support.SupportFollowUps;
import vn.nscl.shared.ui.DashboardSection;

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
        section.add(FollowUpList.of(due, 20));
        return section;
    }
}
