package vn.nscl.enterprise.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import vn.nscl.reference.Activity;
import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.ProfileUpdate;
import vn.nscl.reference.CommuneRef;
import vn.nscl.reference.ReferenceData;
import vn.nscl.reference.Sector;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.reference.ui.CommuneChoices;
import vn.nscl.shared.ui.Choices;

/** The general part of the profile: where the enterprise is, what it does and sells. Saved with one button. */
class ProfileForm extends Div {

    final ComboBox<CommuneRef> commune = new ComboBox<>();
    final ComboBox<Sector> sector = new ComboBox<>();
    final TextArea mainProducts = new TextArea();
    final Checkbox foodProducer = new Checkbox();
    final CheckboxGroup<Activity> activities = new CheckboxGroup<>();
    final IntegerField staffTrained = new IntegerField();
    final TextField exportMarkets = new TextField();
    final Button save = new Button();

    final Span unsavedNote = new Span();
    private final ReferenceData reference;
    private final EnterpriseProfileService profiles;
    private final Map<String, HasValidation> fields;
    private final Runnable onSaved;
    /** What the fields held when last shown or saved, to tell unsaved edits. */
    private ProfileUpdate shown;
    private long version;
    private long enterpriseId;

    ProfileForm(EnterpriseProfileService profiles, ReferenceData reference, EnterpriseProfile profile,
            Runnable onSaved) {
        this.reference = reference;
        this.profiles = profiles;
        this.onSaved = onSaved;
        commune.setLabel(getTranslation("enterprise.commune", reference.servedProvince().name()));
        CommuneChoices.offer(commune, reference);
        sector.setLabel(getTranslation("profile.sector"));
        sector.setHelperText(getTranslation("profile.sector.help"));
        Choices.offer(sector, reference.sectors(), s -> s.code() + " · " + s.name(getLocale()));
        sector.setRequiredIndicatorVisible(true);
        mainProducts.setLabel(getTranslation("profile.main-products"));
        mainProducts.setHelperText(getTranslation("profile.main-products.help"));
        mainProducts.setMaxLength(EnterpriseProfileService.PRODUCTS_MAX_LENGTH);
        foodProducer.setLabel(getTranslation("profile.food-producer"));
        activities.setLabel(getTranslation("profile.activities"));
        activities.setItems(Activity.values());
        activities.setItemLabelGenerator(activity -> getTranslation("activity." + activity.name()));
        activities.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        // Said in the label, not with the required indicator: on a group of checkboxes Vaadin marks it with
        // aria-required, which screen readers do not expect on role=group (axe: aria-allowed-attr).
        activities.setLabel(getTranslation("profile.activities") + " " + getTranslation("form.required-mark"));
        staffTrained.setLabel(getTranslation("profile.staff-trained"));
        staffTrained.setHelperText(getTranslation("profile.staff-trained.help"));
        staffTrained.setMin(0);
        exportMarkets.setLabel(getTranslation("profile.export-markets"));
        exportMarkets.setHelperText(getTranslation("profile.export-markets.help"));
        exportMarkets.setMaxLength(EnterpriseProfileService.MARKETS_MAX_LENGTH);

        FormLayout form = new FormLayout(sector, commune, mainProducts, activities, foodProducer, staffTrained,
                exportMarkets);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(mainProducts, 2);
        form.setColspan(foodProducer, 2);
        form.setColspan(activities, 2);

        fields = Map.of("commune", commune, "sector", sector, "mainProducts",
                mainProducts, "activities", activities, "staffTrained", staffTrained, "exportMarkets", exportMarkets);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        unsavedNote.setText(getTranslation("profile.unsaved"));
        unsavedNote.addClassName("unsaved-note");
        unsavedNote.getElement().setAttribute("aria-live", "polite");
        Div actions = new Div(save, unsavedNote);
        actions.addClassName("form-actions");
        add(form, actions);
        show(profile);
        commune.addValueChangeListener(changed -> markUnsaved());
        sector.addValueChangeListener(changed -> markUnsaved());
        mainProducts.addValueChangeListener(changed -> markUnsaved());
        foodProducer.addValueChangeListener(changed -> markUnsaved());
        activities.addValueChangeListener(changed -> markUnsaved());
        staffTrained.addValueChangeListener(changed -> markUnsaved());
        exportMarkets.addValueChangeListener(changed -> markUnsaved());
    }

    /** Saves the general information; whether it was saved (problems are shown at their fields). */
    boolean save() {
        try {
            profiles.updateProfile(enterpriseId, typed(version));
        } catch (UserFacingException problem) {
            FormProblems.show(this, problem, fields);
            if ("error.changed-meanwhile".equals(problem.messageKey())) {
                onSaved.run();
            }
            return false;
        }
        FormProblems.clear(fields);
        Notifications.success(getTranslation("profile.saved"));
        onSaved.run();
        return true;
    }

    /** Whether the fields hold something not saved yet (the page warns before it is left). */
    boolean hasUnsavedChanges() {
        return shown != null && !shown.equals(typed(0));
    }

    private ProfileUpdate typed(long expectedVersion) {
        return new ProfileUpdate(commune.getValue() == null ? null : commune.getValue().code(),
                sector.getValue() == null ? null : sector.getValue().code(), mainProducts.getValue(),
                foodProducer.getValue(), activities.getValue(), staffTrained.getValue(), exportMarkets.getValue(),
                expectedVersion);
    }

    /** Shows "not saved yet" and asks the browser to warn before the tab is closed or reloaded. */
    private void markUnsaved() {
        boolean unsaved = hasUnsavedChanges();
        unsavedNote.setVisible(unsaved);
        getElement().executeJs("window.nsclUnsaved = $0;"
                + "if (!window.nsclUnsavedGuard) { window.nsclUnsavedGuard = true;"
                + " window.addEventListener('beforeunload', e => { if (window.nsclUnsaved) {"
                + " e.preventDefault(); e.returnValue = ''; } }); }", unsaved);
    }

    void show(EnterpriseProfile profile) {
        enterpriseId = profile.enterprise().id();
        version = profile.details().version();
        commune.setValue(reference.commune(profile.enterprise().communeCode()).orElse(null));
        sector.setValue(profile.details().sectorCode() == null ? null
                : reference.sector(profile.details().sectorCode()).orElse(null));
        mainProducts.setValue(nullToEmpty(profile.details().mainProducts()));
        foodProducer.setValue(profile.details().foodProducer());
        activities.setValue(profile.details().activities());
        activities.setHelperText(getTranslation(profile.details().activitiesGuessed() ? "profile.activities.guessed"
                : "profile.activities.help"));
        staffTrained.setValue(profile.details().staffTrained());
        exportMarkets.setValue(nullToEmpty(profile.details().exportMarkets()));
        shown = typed(0);
        markUnsaved();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
