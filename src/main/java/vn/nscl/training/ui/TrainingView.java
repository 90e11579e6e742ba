package vn.nscl.training.ui;

import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import vn.nscl.files.FileDownload;
import vn.nscl.files.ui.FileLinks;
import vn.nscl.training.AttendanceSheets;
import vn.nscl.training.TrainingCertificates;

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
    private final TrainingCertificates certificates;
    private final AttendanceSheets sheetsService;
    private final boolean staff = Role.signedInIsStaff();
    private final java.time.Clock clock;

    TrainingView(TrainingService training, TrainingCertificates certificates, AttendanceSheets sheetsService,
            java.time.Clock clock) {
        this.training = training;
        this.certificates = certificates;
        this.sheetsService = sheetsService;
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
        card.add(details(course));
        card.add(new Paragraph(course.cancelled() ? getTranslation("training.cancelled")
                : getTranslation("training.seats", course.registered(), course.capacity(), course.attended())));
        if (!course.cancelled() && course.startsOn().isBefore(java.time.LocalDate.now(clock))) {
            Span held = new Span(getTranslation("training.held"));
            held.addClassNames("badge", "course-held");
            card.setHeaderSuffix(held);
        }
        if (staff) {
            card.add(new Button(getTranslation("training.manage"), e -> manage(course)));
        } else if (!course.cancelled() && !java.time.LocalDate.now(clock).isAfter(course.lastDayToRegister())
                && course.seatsLeft() > 0) {
            Button register = new Button(getTranslation("training.register"), e -> registerDialog(course));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(register);
        }
        return card;
    }

    /** Hours, trainer, audience and registration deadline, as far as the course gives them. */
    private Div details(CourseView course) {
        Div details = new Div();
        details.addClassName("course-details");
        if (!course.hours().isEmpty()) {
            details.add(new Div(getTranslation("training.card.hours", course.hours())));
        }
        if (course.trainer() != null) {
            details.add(new Div(getTranslation("training.card.trainer", course.trainer())));
        }
        if (course.audience() != null) {
            details.add(new Div(getTranslation("training.card.audience", course.audience())));
        }
        if (course.registrationDeadline() != null) {
            details.add(new Div(getTranslation("training.card.deadline",
                    Formats.date(course.registrationDeadline()))));
        }
        return details;
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
        TimePicker startsAt = new TimePicker(getTranslation("training.starts-at"));
        TimePicker endsAt = new TimePicker(getTranslation("training.ends-at"));
        startsAt.setStep(java.time.Duration.ofMinutes(15));
        endsAt.setStep(java.time.Duration.ofMinutes(15));
        TextField trainer = new TextField(getTranslation("training.trainer"));
        trainer.setMaxLength(200);
        DatePicker deadline = new DatePicker(getTranslation("training.deadline"));
        deadline.setI18n(ComponentTexts.datePicker(this));
        deadline.setHelperText(getTranslation("training.deadline.help"));
        TextField audience = new TextField(getTranslation("training.audience"));
        audience.setMaxLength(300);
        audience.setHelperText(getTranslation("training.audience.help"));
        if (course != null) {
            title.setValue(course.title());
            topic.setValue(course.topic());
            day.setValue(course.startsOn());
            online.setValue(course.online());
            place.setValue(course.place() == null ? "" : course.place());
            capacity.setValue(course.capacity());
            description.setValue(course.description());
            startsAt.setValue(course.startsAt());
            endsAt.setValue(course.endsAt());
            trainer.setValue(course.trainer() == null ? "" : course.trainer());
            deadline.setValue(course.registrationDeadline());
            audience.setValue(course.audience() == null ? "" : course.audience());
        } else {
            topic.setValue(Topic.AWARENESS);
            capacity.setValue(30);
        }
        FormLayout form = new FormLayout(title, topic, day, capacity, startsAt, endsAt, online, place, trainer,
                deadline, audience, description);
        form.setColspan(title, 2);
        form.setColspan(audience, 2);
        form.setColspan(description, 2);
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("title", title), Map.entry("topic", topic),
                Map.entry("startsOn", day), Map.entry("place", place), Map.entry("capacity", capacity),
                Map.entry("description", description), Map.entry("endsAt", endsAt), Map.entry("trainer", trainer),
                Map.entry("registrationDeadline", deadline), Map.entry("audience", audience));
        Button save = new Button(getTranslation("action.save"), e -> {
            FormProblems.clear(fields);
            CourseEdit edit = new CourseEdit(title.getValue(), topic.getValue(), description.getValue(),
                    day.getValue(), place.getValue(), online.getValue(),
                    capacity.getValue() == null ? 0 : capacity.getValue(), course == null ? 0 : course.version(),
                    startsAt.getValue(), endsAt.getValue(), trainer.getValue(), deadline.getValue(),
                    audience.getValue());
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
        people.addComponentColumn(r -> certificateCell(r, () -> people.setItems(training.registrations(course.id()))))
                .setHeader(getTranslation("training.certificate")).setAutoWidth(true).setKey("certificate");
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
        HorizontalLayout sheets = new HorizontalLayout(
                FileLinks.download(getTranslation("attendance.pdf"), () -> sheetsService.pdf(course.id())),
                FileLinks.download(getTranslation("attendance.xlsx"), () -> sheetsService.xlsx(course.id())));
        sheets.setWrap(true);
        dialog.add(new Paragraph(getTranslation("training.manage.help")), sheets, people);
        dialog.getFooter().add(cancel, edit, certify, new Button(getTranslation("action.close"),
                ev -> dialog.close()));
        dialog.setWidth("min(56rem, 96vw)");
        dialog.open();
        return dialog;
    }

    /** The certificate's number, a download for the officer, and "Cấp lại" for a corrected or lost one. */
    private Component certificateCell(RegistrationView registration, Runnable refreshList) {
        if (registration.certificateNumber() == null) {
            return new Span();
        }
        Anchor download = FileLinks.download(registration.certificateNumber(), () -> new FileDownload(
                "giay-chung-nhan-" + registration.certificateNumber() + ".pdf", "application/pdf",
                training.certificatePdf(registration.id())));
        Button reissue = new Button(getTranslation("training.reissue"), e -> reissueDialog(registration, refreshList));
        reissue.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout cell = new HorizontalLayout(download, reissue);
        cell.setAlignItems(FlexComponent.Alignment.BASELINE);
        return cell;
    }

    /** Reissue with the name corrected if need be and a reason (audited); the old paper verifies as replaced. */
    Dialog reissueDialog(RegistrationView registration, Runnable refreshList) {
        Dialog dialog = new FormDialog();
        dialog.setHeaderTitle(getTranslation("training.reissue.title", registration.certificateNumber()));
        TextField name = new TextField(getTranslation("training.staff-name"), registration.staffName(), "");
        name.setMaxLength(100);
        TextField reason = new TextField(getTranslation("training.reissue.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        name.setWidthFull();
        Map<String, HasValidation> fields = Map.of("staffName", name, "reason", reason);
        Button save = new Button(getTranslation("training.reissue"), e -> {
            try {
                RegistrationView reissued = certificates.reissue(registration.id(), name.getValue(),
                        reason.getValue(), registration.version());
                Notifications.success(getTranslation("training.reissued", reissued.certificateNumber()));
                dialog.close();
                refreshList.run();
            } catch (UserFacingException problem) {
                FormProblems.show(this, problem, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("training.reissue.help")), name, reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training");
    }
}
