package vn.nscl.enterprise;

import java.util.List;
import java.util.Optional;

import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.UserFacingException.FieldProblem;

/**
 * Who an enterprise is, checked the same wherever it is entered (self-registration, DOST from a paper form): name,
 * contact person, type, a code of the right form for the type, a commune of the served province.
 */
final class IdentityChecks {

    private IdentityChecks() {
    }

    /** Adds the problems found; true when the code is well formed (so it may be looked up). */
    static boolean check(String name, String contactPerson, EnterpriseType type, String code, String communeCode,
            ReferenceData reference, List<FieldProblem> problems) {
        FieldChecks.text("name", name, Enterprise.NAME_MAX_LENGTH, true, problems);
        FieldChecks.text("contactPerson", contactPerson, Enterprise.CONTACT_MAX_LENGTH, true, problems);
        if (type == null) {
            problems.add(new FieldProblem("type", "error.required"));
        }
        Optional<String> codeProblem = code.length() > EnterpriseCode.MAX_LENGTH
                ? Optional.of("enterprise.error.code-format")
                : EnterpriseCode.problem(code, type == null ? EnterpriseType.ENTERPRISE : type);
        codeProblem.ifPresent(problem -> problems.add(new FieldProblem("enterpriseCode", problem)));
        if (communeCode == null || communeCode.isEmpty()) {
            problems.add(new FieldProblem("commune", "error.required"));
        } else if (!reference.isServedCommune(communeCode)) {
            problems.add(new FieldProblem("commune", "enterprise.error.commune-outside"));
        }
        return codeProblem.isEmpty();
    }
}
