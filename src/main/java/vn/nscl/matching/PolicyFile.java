package vn.nscl.matching;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nscl.shared.DataFiles;

/** Reads and checks a matching policy file: every mistake with its line, in words an officer can act on. */
final class PolicyFile {

    static final String PATH = "matching/matching.yaml";
    static final int MAX_LENGTH = 50_000;
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    /** The policy, or the problems that prevent using it. */
    record Outcome(MatchingPolicy policy, List<PolicyProblem> problems) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    private PolicyFile() {
    }

    static Outcome read(String content, Set<String> catalogueCodes) {
        if (content == null || content.isBlank()) {
            return failed(new PolicyProblem(0, "matching.policy.error.empty", ""));
        }
        if (content.length() > MAX_LENGTH) {
            return failed(new PolicyProblem(0, "matching.policy.error.too-long", String.valueOf(MAX_LENGTH)));
        }
        MatchingPolicy policy;
        try {
            policy = DataFiles.readYaml(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), PATH,
                    MatchingPolicy.class);
        } catch (DataFiles.DataFileException e) {
            Matcher line = LINE.matcher(e.getMessage());
            return failed(new PolicyProblem(line.find() ? Integer.parseInt(line.group(1)) : 0,
                    PolicyProblem.SYNTAX, e.getMessage().replace(PATH + " ", "")));
        }
        List<PolicyProblem> problems = check(policy, content, catalogueCodes);
        return new Outcome(problems.isEmpty() ? policy : null, problems);
    }

    private static List<PolicyProblem> check(MatchingPolicy p, String content, Set<String> catalogueCodes) {
        List<PolicyProblem> problems = new ArrayList<>();
        if (p == null || p.weights() == null || p.location() == null || p.competence() == null || p.rating() == null
                || p.offer() == null || p.certificateRequiredFor() == null) {
            problems.add(new PolicyProblem(0, "matching.policy.error.missing", ""));
            return problems;
        }
        MatchingPolicy.Weights w = p.weights();
        double[] weights = {w.competence(), w.sector(), w.location(), w.language(), w.rating(), w.load()};
        for (double weight : weights) {
            if (weight < 0) {
                problems.add(at(content, "weights", "matching.policy.error.negative-weight", String.valueOf(weight)));
            }
        }
        if (Math.abs(w.total() - 100) > 0.001) {
            problems.add(at(content, "weights", "matching.policy.error.weight-sum", String.valueOf(w.total())));
        }
        MatchingPolicy.Location l = p.location();
        for (double fraction : new double[] {l.sameCommune(), l.serviceArea(), l.wholeProvince(), l.remoteOnly(),
                p.competence().certificateBonus()}) {
            if (fraction < 0 || fraction > 1) {
                problems.add(at(content, "location", "matching.policy.error.fraction", String.valueOf(fraction)));
            }
        }
        if (p.competence().minimumLevel() < 1 || p.competence().minimumLevel() > 3) {
            problems.add(at(content, "minimum_level", "matching.policy.error.range", "1–3"));
        }
        if (p.competence().yearsForFullCredit() < 1 || p.competence().yearsForFullCredit() > 40) {
            problems.add(at(content, "years_for_full_credit", "matching.policy.error.range", "1–40"));
        }
        if (p.rating().newExpert() < 1 || p.rating().newExpert() > 5) {
            problems.add(at(content, "new_expert", "matching.policy.error.range", "1–5"));
        }
        if (p.offer().deadlineWorkingDays() < 1 || p.offer().deadlineWorkingDays() > 30) {
            problems.add(at(content, "deadline_working_days", "matching.policy.error.range", "1–30"));
        }
        if (p.offer().shownCandidates() < 1 || p.offer().shownCandidates() > 20) {
            problems.add(at(content, "shown_candidates", "matching.policy.error.range", "1–20"));
        }
        if (p.followUpMonths() < 1 || p.followUpMonths() > 36) {
            problems.add(at(content, "follow_up_months", "matching.policy.error.range", "1–36"));
        }
        for (String code : p.certificateRequiredFor()) {
            if (!catalogueCodes.contains(code)) {
                problems.add(at(content, code, "matching.policy.error.unknown-code", code));
            }
        }
        return problems;
    }

    /** The problem placed on the first line that mentions the key (the officer sees where to look). */
    private static PolicyProblem at(String content, String key, String messageKey, String detail) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("#") && line.contains(key)) {
                return new PolicyProblem(i + 1, messageKey, detail);
            }
        }
        return new PolicyProblem(0, messageKey, detail);
    }

    private static Outcome failed(PolicyProblem problem) {
        return new Outcome(null, List.of(problem));
    }
}
