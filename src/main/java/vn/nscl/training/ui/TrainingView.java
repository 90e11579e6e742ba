package vn.nscl.training.ui;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.security.Role;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.Attempts;
import vn.nscl.shared.ui.ComponentTexts;
import vn.nscl.shared.ui.Confirmations;
import vn.nscl.shared.ui.FormDialog;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.training.CourseEdit;
import vn.nscl.training.CourseView;
import vn.nscl.training.RegistrationView;
import vn.nscl.training.Topic;
import vn.nscl.training.TrainingService;

/**
 * Đào tạo, tập huấn: enterprises see the courses and register named staff, then download their certificates;
 * officers publish courses, record attendance and issue certificates.
 */
@Route("training")
@Menu(title = "nav.training", order = 45, icon = "vaadin:academy-cap")
@RolesAllowed({"ENTERPRISE", "OFFICER", "ADMIN"})
public class TrainingView extends VerticalLayout implements HasDynamicTitle {

    final Div courseList = new Div();
    /** The enterprise's registrations as cards (a grid was wider than a phone and hid "Hủy đăng ký"). */
    final Div mine = new Div();
    private final TrainingService training;
    private final boolean staff = Role.signedInIsStaff();
    private final java.time.Clock clock;

    TrainingView(TrainingService training, java.time.Clock clock) {
        this.training = training;
        this.clock = clock;
        courseList.addClassName("course-list");
        if (staff) {
            Button publish = new Button(getTranslation("training.publish"), VaadinIcon.PLUS.create(),
                    e -> courseDialog(null));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Paragraph(getTranslation("training.intro.staff")), publish, courseList);
        } else {
            mine.addClassName("registration-list");
            add(new Paragraph(getTranslation("training.intro")), courseList,
                    new H3(getTranslation("training.mine")), mine);
        }
        refresh();
    }

    void refresh() {
        courseList.removeAll();
        List<CourseView> courses = training.courses();
        if (courses.isEmpty()) {
            courseList.add(new Paragraph(getTranslation("training.none")));
        }
        courses.forEach(c -> courseList.add(card(c)));
        if (!staff) {
            mine.removeAll();
            List<RegistrationView> registrations = training.myRegistrations();
            if (registrations.isEmpty()) {
                mine.add(new Paragraph(getTranslation("training.mine.none")));
            }
            registrations.forEach(r -> mine.add(registrationCard(r)));
        }
    }

    private Card card(CourseView course) {
        Card card = new Card();
        card.addClassName("course-card");
        card.setTitle(course.title());
        card.setSubtitle(new Span(getTranslation("training.topic." + course.topic()) + " · "
                + Formats.date(course.startsOn()) + " · " + (course.online() ? getTranslation("training.online")
                        : course.place())));
        if (!course.description().isEmpty()) {
            card.add(new Paragraph(course.description()));
        }
        card.add(new Paragraph(course.cancelled() ? getTranslation("training.cancelled")
                : getTranslation("training.seats", course.registered(), course.capacity(), course.attended())));
        if (!course.cancelled() && course.startsOn().isBefore(java.time.LocalDate.now(clock))) {
            Span held = new Span(getTranslation("training.held"));
            held.addClassNames("badge", "course-held");
            card.setHeaderSuffix(held);
        }
        if (staff) {
            card.add(new Button(getTranslation("training.manage"), e -> manage(course)));
        } else if (!course.cancelled() && !course.startsOn().isBefore(java.time.LocalDate.now(clock))
                && course.seatsLeft() > 0) {
            Button register = new Button(getTranslation("training.register"), e -> registerDialog(course));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(register);
        }
        return card;
    }

    /** Registers one person or several at once (a row each, "Thêm người" for the next); all or none are saved. */
    TraineeRows registerDialog(CourseView course) {
        Dialog dialog = new FormDialog();
        dialog.setHeaderTitle(getTranslation("training.register-for", course.title()));
        TraineeRows rows = new TraineeRows(Math.min(course.seatsLeft(), TrainingService.MAX_GROUP));
        dialog.add(new Paragraph(getTranslation("training.register.help")), rows);
        rows.save.addClickListener(e -> {
            try {
                List<Long> registered = training.register(course.id(), rows.trainees());
                Notifications.success(getTranslation("training.registered-count", registered.size()));
                dialog.close();
                refresh();
            } catch (UserFacingException problem) {
                FormProblems.show(this, problem, rows.fields());
            }
        });
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), rows.save);
        dialog.open();
        return rows;
    }

    private Div registrationCard(RegistrationView registration) {
        Span course = new Span(registration.courseTitle());
        course.addClassName("contact-name");
        Span state = new Span(getTranslation(registration.certificateNumber() != null ? "training.state.certified"
                : registration.attended() ? "training.state.attended" : "training.state.registered"));
        state.getElement().getThemeList().add("badge");
        Div card = new Div(course, new Span(registration.staffName()), state, registrationActions(registration));
        card.addClassNames("contact-person", "registration-card");
        return card;
    }

    private Component registrationActions(RegistrationView registration) {
        if (registration.certificateNumber() != null) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] pdf = training.certificatePdf(registration.id());
                return new DownloadResponse(new ByteArrayInputStream(pdf), "giay-chung-nhan-"
                        + registration.certificateNumber() + ".pdf", "application/pdf", pdf.length);
            }), "");
            download.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("training.certificate")));
            download.addClassName("download-link");
            return download;
        }
        if (registration.attended()) {
            return new Span();
        }
        return new Button(getTranslation("training.unregister"), e -> Confirmations.dialog(this,
                "training.unregister", "training.unregister.confirm", () -> {
                    if (Attempts.run(this, () -> training.unregister(registration.id()), "training.unregistered")) {
                        refresh();
                    }
                }).open());
    }

    /** Publish a new course ({@code course} null) or change one. */
    Dialog courseDialog(CourseView course) {
        Dialog dialog = new FormDialog();
        dialog.setHeaderTitle(getTranslation(course == null ? "training.publish" : "training.edit"));
        TextField title = new TextField(getTranslation("training.title"));
        Select<Topic> topic = new Select<>();
        topic.setLabel(getTranslation("training.topic"));
        topic.setItems(Arrays.asList(Topic.values()));
        topic.setItemLabelGenerator(t -> getTranslation("training.topic." + t));
        DatePicker day = new DatePicker(getTranslation("training.day"));
        day.setI18n(ComponentTexts.datePicker(this));
        Checkbox online = new Checkbox(getTranslation("training.online"));
        TextField place = new TextField(getTranslation("training.place"));
        IntegerField capacity = new IntegerField(getTranslation("training.capacity"));
        TextArea description = new TextArea(getTranslation("training.description"));
        description.setMaxLength(2000);
        if (course != null) {
            title.setValue(course.title());
            topic.setValue(course.topic());
            day.setValue(course.startsOn());
            online.setValue(course.online());
            place.setValue(course.place() == null ? "" : course.place());
            capacity.setValue(course.capacity());
            description.setValue(course.description());
        } else {
            topic.setValue(Topic.AWARENESS);
            capacity.setValue(30);
        }
        FormLayout form = new FormLayout(title, topic, day, capacity, online, place, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        Map<String, HasValidation> fields = Map.of("title", title, "topic", topic, "startsOn", day, "place", place,
                "capacity", capacity, "description", description);
        Button save = new Button(getTranslation("action.save"), e -> {
            FormProblems.clear(fields);
            CourseEdit edit = new CourseEdit(title.getValue(), topic.getValue(), description.getValue(),
                    day.getValue(), place.getValue(), online.getValue(),
                    capacity.getValue() == null ? 0 : capacity.getValue(), course == null ? 0 : course.version());
            try {
                if (course == null) {
                    training.publish(edit);
                } else {
                    training.update(course.id(), edit);
                }
                Notifications.success(getTranslation("training.saved"));
                dialog.close();
                refresh();
            } catch (UserFacingException problem) {
                FormProblems.show(this, problem, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
        return dialog;
    }

    /** An officer's view of one course: who registered, who attended, certificates, changes, cancellation. */
    Dialog manage(CourseView course) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(course.title());
        Grid<RegistrationView> people = new Grid<>();
        people.addColumn(RegistrationView::enterpriseName).setHeader(getTranslation("training.enterprise"))
                .setFlexGrow(2);
        people.addColumn(r -> r.staffName() + (r.staffRole() == null ? "" : " · " + r.staffRole()))
                .setHeader(getTranslation("training.staff-name")).setFlexGrow(2);
        people.addComponentColumn(r -> {
            Checkbox attended = new Checkbox(r.attended());
            attended.setAriaLabel(getTranslation("training.attended") + " " + r.staffName());
            boolean[] undoing = {false};
            attended.addValueChangeListener(change -> {
                if (undoing[0]) {
                    return;
                }
                if (!Attempts.run(this, () -> training.setAttended(r.id(), change.getValue()),
                        "training.attendance-saved")) {
                    undoing[0] = true;
                    attended.setValue(change.getOldValue());
                    undoing[0] = false;
                }
            });
            return attended;
        }).setHeader(getTranslation("training.attended")).setAutoWidth(true).setKey("attended");
        people.addColumn(r -> r.certificateNumber() == null ? "" : r.certificateNumber())
                .setHeader(getTranslation("training.certificate")).setAutoWidth(true);
        people.setItems(training.registrations(course.id()));
        people.setAllRowsVisible(true);
        Button certify = new Button(getTranslation("training.issue"), e -> {
            try {
                int issued = training.issueCertificates(course.id());
                Notifications.success(getTranslation("training.issued", issued));
                people.setItems(training.registrations(course.id()));
            } catch (UserFacingException problem) {
                Notifications.error(Attempts.message(this, problem));
            }
        });
        certify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button edit = new Button(getTranslation("training.edit"), e -> {
            dialog.close();
            courseDialog(course);
        });
        Button cancel = new Button(getTranslation("training.cancel"), e -> Confirmations.dialog(this,
                "training.cancel", "training.cancel.confirm", () -> {
                    if (Attempts.run(this, () -> training.cancel(course.id(), course.version()),
                            "training.cancelled-done")) {
                        dialog.close();
                        refresh();
                    }
                }).open());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(getTranslation("training.manage.help")), people);
        dialog.getFooter().add(cancel, edit, certify, new Button(getTranslation("action.close"),
                ev -> dialog.close()));
        dialog.setWidth("min(56rem, 96vw)");
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training");
    }
}
