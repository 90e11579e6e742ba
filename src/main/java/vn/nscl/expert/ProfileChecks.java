package vn.nscl.expert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.nscl.catalogue.Catalogue;
import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException.FieldProblem;

/** Cleans and checks a profile edit; every problem names its field. */
final class ProfileChecks {

    static final int MAX_CAPACITY = 20;
    static final int MAX_CONFLICTS = 20;
    private static final Pattern ENTERPRISE_CODE = Pattern.compile("\\d{8,13}(-\\d{3})?");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{8,15}");

    private ProfileChecks() {
    }

    static ProfileEdit clean(ProfileEdit raw) {
        Set<String> conflicts = raw.conflictCodes() == null ? Set.of() : raw.conflictCodes().stream()
                .map(TextRules::code).filter(c -> !c.isEmpty()).collect(Collectors.toSet());
        return new ProfileEdit(TextRules.phone(raw.phone()), TextRules.singleLine(raw.organisation()),
                TextRules.singleLine(raw.bio()), TextRules.code(raw.homeCommune()), raw.wholeProvince(),
                raw.serviceCommunes() == null ? Set.of() : Set.copyOf(raw.serviceCommunes()), raw.onSite(),
                raw.remote(), raw.capacity(), raw.pausedUntil(),
                raw.languages() == null ? Set.of() : Set.copyOf(raw.languages()), conflicts,
                raw.competences() == null ? List.of() : List.copyOf(raw.competences()),
                raw.sectors() == null ? Set.of() : Set.copyOf(raw.sectors()), raw.consent(), raw.expectedVersion());
    }

    static List<FieldProblem> problems(ProfileEdit edit, boolean consentOnRecord, ReferenceData reference,
            Catalogue catalogue) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!PHONE.matcher(edit.phone()).matches()) {
            problems.add(new FieldProblem("phone", "expert.error.phone"));
        }
        if (edit.organisation().length() > Expert.ORGANISATION_MAX_LENGTH) {
            problems.add(new FieldProblem("organisation", "error.too-long", Expert.ORGANISATION_MAX_LENGTH));
        }
        if (edit.bio().length() > Expert.BIO_MAX_LENGTH) {
            problems.add(new FieldProblem("bio", "error.too-long", Expert.BIO_MAX_LENGTH));
        }
        FieldChecks.noInvisible(problems, "organisation", edit.organisation(), "bio", edit.bio());
        if (!reference.isServedCommune(edit.homeCommune())) {
            problems.add(new FieldProblem("homeCommune", "expert.error.home-commune"));
        }
        if (!edit.serviceCommunes().stream().allMatch(reference::isServedCommune)) {
            problems.add(new FieldProblem("serviceCommunes", "expert.error.service-communes"));
        }
        if (!edit.onSite() && !edit.remote()) {
            problems.add(new FieldProblem("modes", "expert.error.modes"));
        }
        if (edit.capacity() < 1 || edit.capacity() > MAX_CAPACITY) {
            problems.add(new FieldProblem("capacity", "expert.error.capacity", MAX_CAPACITY));
        }
        if (edit.languages().isEmpty()) {
            problems.add(new FieldProblem("languages", "expert.error.languages"));
        }
        if (edit.conflictCodes().size() > MAX_CONFLICTS
                || !edit.conflictCodes().stream().allMatch(c -> ENTERPRISE_CODE.matcher(c).matches())) {
            problems.add(new FieldProblem("conflictCodes", "expert.error.conflicts", MAX_CONFLICTS));
        }
        competenceProblems(edit.competences(), catalogue).forEach(problems::add);
        if (!edit.sectors().stream().allMatch(s -> reference.sector(s).isPresent())) {
            problems.add(new FieldProblem("sectors", "expert.error.sectors"));
        }
        if (!edit.consent() && !consentOnRecord) {
            problems.add(new FieldProblem("consent", "expert.error.consent"));
        }
        return problems;
    }

    private static List<FieldProblem> competenceProblems(List<Competence> competences, Catalogue catalogue) {
        Set<String> seen = new HashSet<>();
        for (Competence c : competences) {
            if (c == null || catalogue.item(c.itemCode()).isEmpty() || !seen.add(c.itemCode())) {
                return List.of(new FieldProblem("competences", "expert.error.competence-item"));
            }
            boolean levelOk = c.level() >= 1 && c.level() <= Competence.MAX_LEVEL;
            if (!levelOk || c.years() < 0 || c.years() > Competence.MAX_YEARS) {
                return List.of(new FieldProblem("competences", "expert.error.competence-level", Competence.MAX_YEARS));
            }
        }
        return List.of();
    }
}
