package vn.nscl.expert.ui;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import vn.nscl.catalogue.Catalogue;
import vn.nscl.expert.ExpertProfile;
import vn.nscl.expert.ExpertProfileService;
import vn.nscl.expert.Language;
import vn.nscl.expert.ProfileEdit;
import vn.nscl.expert.ProfileStatus;
import vn.nscl.reference.CommuneRef;
import vn.nscl.reference.ReferenceData;
import vn.nscl.reference.Sector;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.ComponentTexts;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.reference.ui.CommuneChoices;
import vn.nscl.shared.ui.Choices;

/** What the expert can do, where and how much: saved with one button (with consent the first time). */
class ExpertProfileForm extends Div {

    final TextField phone = new TextField();
    final TextField organisation = new TextField();
    final TextArea bio = new TextArea();
    final ComboBox<CommuneRef> homeCommune = new ComboBox<>();
    final Checkbox wholeProvince = new Checkbox();
    final MultiSelectComboBox<CommuneRef> serviceCommunes = new MultiSelectComboBox<>();
    final Checkbox onSite = new Checkbox();
    final Checkbox remote = new Checkbox();
    final IntegerField capacity = new IntegerField();
    final DatePicker pausedUntil = new DatePicker();
    final CheckboxGroup<Language> languages = new CheckboxGroup<>();
    final MultiSelectComboBox<Sector> sectors = new MultiSelectComboBox<>();
    final TextField conflictCodes = new TextField();
    final CompetenceEditor competences;
    final Checkbox consent = new Checkbox();
    final Button save = new Button();

    private final transient ReferenceData reference;
    private long version;
    private ProfileStatus shownStatus;

    ExpertProfileForm(ExpertProfileService profiles, ReferenceData reference, Catalogue catalogue,
            ExpertProfile profile, Runnable onSaved) {
        this.reference = reference;
        this.competences = new CompetenceEditor(catalogue);
        addClassName("expert-profile-form");
        phone.setLabel(getTranslation("account.phone"));
        organisation.setLabel(getTranslation("expert.organisation"));
        bio.setLabel(getTranslation("expert.bio"));
        bio.setHelperText(getTranslation("expert.bio.help"));
        bio.setMaxLength(1000);
        homeCommune.setLabel(getTranslation("expert.home-commune", reference.servedProvince().name()));
        CommuneChoices.offer(homeCommune, reference);
        homeCommune.setRequiredIndicatorVisible(true);
        wholeProvince.setLabel(getTranslation("expert.whole-province"));
        serviceCommunes.setLabel(getTranslation("expert.service-communes"));
        serviceCommunes.setHelperText(getTranslation("expert.service-communes.help"));
        CommuneChoices.offer(serviceCommunes, reference);
        onSite.setLabel(getTranslation("expert.on-site"));
        remote.setLabel(getTranslation("expert.remote"));
        capacity.setLabel(getTranslation("expert.capacity"));
        capacity.setHelperText(getTranslation("expert.capacity.help"));
        capacity.setMin(1);
        capacity.setMax(20);
        capacity.setStepButtonsVisible(true);
        pausedUntil.setLabel(getTranslation("expert.paused-until"));
        pausedUntil.setHelperText(getTranslation("expert.paused-until.help"));
        pausedUntil.setI18n(ComponentTexts.datePicker(this));
        pausedUntil.setClearButtonVisible(true);
        languages.setLabel(getTranslation("expert.languages"));
        languages.setItems(Language.values());
        languages.setItemLabelGenerator(l -> getTranslation("language." + l.code()));
        sectors.setLabel(getTranslation("expert.sectors"));
        Choices.offer(sectors, reference.sectors(), s -> s.code() + " · " + s.name(getLocale()));
        conflictCodes.setLabel(getTranslation("expert.conflicts"));
        conflictCodes.setHelperText(getTranslation("expert.conflicts.help"));
        consent.setLabel(getTranslation("expert.consent"));

        FormLayout form = new FormLayout(phone, organisation, bio, homeCommune, wholeProvince, serviceCommunes, onSite,
                remote, capacity, pausedUntil, languages, sectors, conflictCodes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(bio, 2);
        form.setColspan(serviceCommunes, 2);
        form.setColspan(sectors, 2);

        Map<String, HasValidation> fields = Map.of("phone", phone, "organisation", organisation, "bio", bio,
                "homeCommune", homeCommune, "serviceCommunes", serviceCommunes, "capacity", capacity,
                "languages", languages, "conflictCodes", conflictCodes, "competences", competences,
                "sectors", sectors);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            ProfileStatus status;
            try {
                status = profiles.save(edit());
            } catch (UserFacingException problem) {
                FormProblems.show(this, problem, fields);
                if (problem.fieldProblems().stream().anyMatch(p -> p.field().equals("consent"))) {
                    consent.getElement().setAttribute("invalid", true);
                    Notifications.error(getTranslation("expert.error.consent"));
                }
                if (problem.fieldProblems().stream().anyMatch(p -> p.field().equals("modes"))) {
                    Notifications.error(getTranslation("expert.error.modes"));
                }
                return;
            }
            FormProblems.clear(fields);
            Notifications.success(getTranslation(status == ProfileStatus.PENDING && shownStatus == ProfileStatus.VERIFIED
                    ? "expert.saved.reverify" : "expert.saved"));
            onSaved.run();
        });
        add(form, new H3(getTranslation("expert.competences")), competences, consent, save);
        show(profile);
    }

    private ProfileEdit edit() {
        Set<String> conflicts = Arrays.stream(conflictCodes.getValue().split("[,;\\s]+")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new ProfileEdit(phone.getValue(), organisation.getValue(), bio.getValue(),
                homeCommune.getValue() == null ? null : homeCommune.getValue().code(), wholeProvince.getValue(),
                serviceCommunes.getValue().stream().map(CommuneRef::code).collect(Collectors.toSet()),
                onSite.getValue(), remote.getValue(), capacity.getValue() == null ? 0 : capacity.getValue(),
                pausedUntil.getValue(), languages.getValue(), conflicts, competences.getValue(),
                sectors.getValue().stream().map(Sector::code).collect(Collectors.toSet()), consent.getValue(),
                version);
    }

    void show(ExpertProfile profile) {
        version = profile.version();
        shownStatus = profile.status();
        phone.setValue(profile.phone());
        organisation.setValue(profile.organisation());
        bio.setValue(profile.bio());
        homeCommune.setValue(profile.homeCommune() == null ? null
                : reference.commune(profile.homeCommune()).orElse(null));
        wholeProvince.setValue(profile.wholeProvince());
        serviceCommunes.setValue(profile.serviceCommunes().stream().map(reference::commune)
                .flatMap(java.util.Optional::stream).collect(Collectors.toSet()));
        onSite.setValue(profile.onSite());
        remote.setValue(profile.remote());
        capacity.setValue(profile.capacity());
        pausedUntil.setValue(profile.pausedUntil());
        languages.setValue(profile.languages());
        sectors.setValue(profile.sectors().stream().map(reference::sector).flatMap(java.util.Optional::stream)
                .collect(Collectors.toSet()));
        conflictCodes.setValue(String.join(", ", profile.conflictCodes()));
        competences.setValue(profile.competences());
        consent.setValue(profile.consentAt() != null);
        consent.setReadOnly(profile.consentAt() != null);
    }
}
