package vn.nscl.support.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.RouteLink;
import vn.nscl.support.SupportFollowUps.FollowUp;

/** The supported enterprises due for reassessment, one line each: the enterprise, the project, when it ended. */
final class FollowUpList {

    private FollowUpList() {
    }

    /** At most {@code limit} lines, with a link to the whole list when there are more. */
    static Div of(List<FollowUp> due, int limit) {
        Div list = new Div();
        if (due.isEmpty()) {
            list.add(new Paragraph(list.getTranslation("followup.due.none")));
        }
        due.stream().limit(limit).forEach(f -> list.add(new Div(RouteLink.to("enterprises/" + f.enterpriseId(),
                f.enterpriseName()), new Span(" · " + f.title() + " · " + list.getTranslation("followup.completed",
                        Formats.date(f.completedAt()))))));
        if (due.size() > limit) {
            list.add(RouteLink.to("applications/review", list.getTranslation("followup.all", due.size())));
        }
        return list;
    }
}
