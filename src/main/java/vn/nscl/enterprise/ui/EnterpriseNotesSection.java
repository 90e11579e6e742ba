package vn.nscl.enterprise.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;

import vn.nscl.enterprise.EnterpriseNotes;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Notifications;

/** DOST's internal notes on the enterprise, at the end of the officers' page of it: the newest first, and a new one. */
@SpringComponent
class EnterpriseNotesSection implements vn.nscl.shared.ui.EnterpriseSection {

    private final EnterpriseNotes notes;

    EnterpriseNotesSection(EnterpriseNotes notes) {
        this.notes = notes;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Component create(long enterpriseId) {
        Div section = new Div();
        section.addClassName("enterprise-section");
        Div list = new Div();
        list.addClassName("enterprise-notes");
        TextArea note = new TextArea(section.getTranslation("notes.new"));
        note.setHelperText(section.getTranslation("notes.help"));
        note.setMaxLength(2000);
        note.setWidthFull();
        Button save = new Button(section.getTranslation("notes.save"), e -> {
            try {
                notes.write(enterpriseId, note.getValue());
                note.clear();
                Notifications.success(section.getTranslation("notes.saved"));
                show(list, enterpriseId);
            } catch (UserFacingException problem) {
                FormProblems.show(section, problem, Map.of("note", note));
            }
        });
        show(list, enterpriseId);
        section.add(new H2(section.getTranslation("notes.title")), list, note, save);
        return section;
    }

    private void show(Div list, long enterpriseId) {
        list.removeAll();
        var written = notes.of(enterpriseId);
        if (written.isEmpty()) {
            list.add(new Paragraph(list.getTranslation("notes.none")));
        }
        written.forEach(n -> {
            Div line = new Div(new Span(Formats.dateTime(n.writtenAt()) + " · " + n.writtenBy()),
                    new Paragraph(n.body()));
            line.addClassName("overview-line");
            list.add(line);
        });
    }
}
