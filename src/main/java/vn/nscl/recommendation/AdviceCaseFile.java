package vn.nscl.recommendation;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.nscl.assessment.Tier;
import vn.nscl.reference.Activity;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.enterprise.ProfileSketch;
import vn.nscl.enterprise.YearFigures;
import vn.nscl.shared.DataFiles;

/**
 * A case as written in a YAML file of {@code rules/cases/} (keys in snake_case, see rules/README.md). A quick-check
 * run may leave out its answers: it then uses the full run's answers to the questions the quick check asks.
 */
final class AdviceCaseFile {

    record CaseYaml(String id, String title, String maturity, ProfileYaml profile, List<RunYaml> runs) {
    }

    record ProfileYaml(String type, String sector, List<String> activities, String products, boolean foodProducer,
            String exportMarkets, Integer staffTrained, List<String> certificates, List<OcopYaml> ocop,
            List<FiguresYaml> figures) {
    }

    record OcopYaml(String name, int stars) {
    }

    record FiguresYaml(int year, Integer employees, BigDecimal revenue, BigDecimal capital, BigDecimal boughtIn,
            BigDecimal wages, BigDecimal depreciation, BigDecimal energyCost, BigDecimal defectRate,
            BigDecimal newProductShare, BigDecimal trainingHours, Integer suggestionsImplemented) {

        YearFigures toFigures() {
            return new YearFigures(year, employees, revenue, capital, boughtIn, wages, depreciation, energyCost,
                    defectRate, newProductShare, trainingHours, suggestionsImplemented, null);
        }
    }

    record RunYaml(String tier, int year, Map<String, Integer> answers, List<ExpectationYaml> expected,
            List<ExpectationYaml> expectedProgrammes, List<ExpectationYaml> forbidden) {
    }

    record ExpectationYaml(String item, String why) {
    }

    private AdviceCaseFile() {
    }

    /** Reads one case; a file that does not follow the format fails with its name, line and what is wrong. */
    static AdviceCase read(String path, byte[] content, QuickQuestions quickQuestions) {
        CaseYaml yaml = DataFiles.readYaml(new ByteArrayInputStream(content), path, CaseYaml.class);
        require(yaml.id() != null && !yaml.id().isBlank(), path, "id is missing");
        require(yaml.profile() != null, path, "profile is missing");
        require(yaml.runs() != null && !yaml.runs().isEmpty(), path, "runs are missing");
        ProfileSketch sketch = sketch(path, yaml.profile());
        Map<String, Integer> fullAnswers = yaml.runs().stream().filter(r -> "full".equals(r.tier()))
                .map(RunYaml::answers).filter(a -> a != null && !a.isEmpty()).findFirst().orElse(Map.of());
        List<AdviceCase.Run> runs = new ArrayList<>();
        for (RunYaml run : yaml.runs()) {
            Tier tier = tier(path, run.tier());
            Map<String, Integer> answers = run.answers() != null && !run.answers().isEmpty() ? run.answers()
                    : tier == Tier.QUICK ? quickQuestions.answersOf(sketch, fullAnswers) : Map.of();
            require(!answers.isEmpty(), path, "the " + run.tier() + " run of " + run.year() + " has no answers");
            runs.add(new AdviceCase.Run(tier, run.year(), new LinkedHashMap<>(answers), expectations(run.expected()),
                    expectations(run.expectedProgrammes()), expectations(run.forbidden())));
        }
        return new AdviceCase(yaml.id(), yaml.title() == null ? yaml.id() : yaml.title(), path, sketch, runs);
    }

    /** A case as the text of its file, in the form {@link #read} reads. */
    static String write(String id, String title, ProfileSketch profile, List<AdviceCase.Run> runs) {
        ProfileYaml profileYaml = new ProfileYaml(profile.type().name(), profile.sectorCode(),
                profile.activities().stream().map(Enum::name).sorted().toList(), profile.mainProducts(),
                profile.foodProducer(), profile.exportMarkets() == null ? "" : profile.exportMarkets(),
                profile.staffTrained(), profile.certificates(),
                profile.ocopStars().stream().map(stars -> new OcopYaml("", stars)).toList(),
                profile.figures().stream().map(f -> new FiguresYaml(f.year(), f.employees(), f.revenue(),
                        f.capital(), f.boughtIn(), f.wages(), f.depreciation(), f.energyCost(), f.defectRate(),
                        f.newProductShare(), f.trainingHours(), f.suggestionsImplemented())).toList());
        List<RunYaml> runsYaml = runs.stream().map(run -> new RunYaml(run.tier().code(), run.year(),
                new java.util.TreeMap<>(run.answers()), yaml(run.expected()), yaml(run.expectedProgrammes()),
                yaml(run.forbidden()))).toList();
        return DataFiles.writeYaml(new CaseYaml(id, title, null, profileYaml, runsYaml));
    }

    private static List<ExpectationYaml> yaml(List<AdviceCase.Expectation> expectations) {
        return expectations.stream().map(e -> new ExpectationYaml(e.item(), e.why())).toList();
    }

    /** The quick-check questions an enterprise would be asked, to derive a quick run from a full one. */
    interface QuickQuestions {
        Map<String, Integer> answersOf(ProfileSketch sketch, Map<String, Integer> fullAnswers);
    }

    private static ProfileSketch sketch(String path, ProfileYaml profile) {
        EnterpriseType type;
        try {
            type = EnterpriseType.valueOf(String.valueOf(profile.type()));
        } catch (IllegalArgumentException e) {
            throw new DataFiles.DataFileException(path + ": type must be ENTERPRISE, COOPERATIVE or HOUSEHOLD, not "
                    + profile.type(), e);
        }
        Set<Activity> activities;
        try {
            activities = profile.activities() == null ? Set.of()
                    : profile.activities().stream().map(Activity::valueOf).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new DataFiles.DataFileException(path + ": unknown activity in " + profile.activities()
                    + "; known: " + java.util.Arrays.toString(Activity.values()), e);
        }
        return new ProfileSketch(type, profile.sector(), activities, profile.products(), profile.foodProducer(),
                profile.exportMarkets(), profile.staffTrained(), profile.certificates(),
                profile.ocop() == null ? List.of() : profile.ocop().stream().map(OcopYaml::stars).toList(),
                profile.figures() == null ? List.of() : profile.figures().stream().map(FiguresYaml::toFigures)
                        .toList());
    }

    private static Tier tier(String path, String code) {
        try {
            return Tier.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new DataFiles.DataFileException(path + ": tier must be quick or full, not " + code, e);
        }
    }

    private static List<AdviceCase.Expectation> expectations(List<ExpectationYaml> written) {
        return written == null ? List.of() : written.stream()
                .map(e -> new AdviceCase.Expectation(e.item(), e.why() == null ? "" : e.why())).toList();
    }

    private static void require(boolean ok, String path, String problem) {
        if (!ok) {
            throw new DataFiles.DataFileException(path + ": " + problem, null);
        }
    }
}
