package vn.nscl.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import vn.nscl.shared.DataFiles;
import vn.nscl.shared.LocalizedText;

/**
 * Reads the questionnaire data files: {@code bank.yaml} (dimensions and questions) and one definition per tier
 * ({@code quick.yaml}, {@code full.yaml}) saying which questions it takes and its version. Every mistake is reported
 * with the file and what to fix; nothing half-read is ever used.
 */
final class QuestionnaireFiles {

    static final String BANK = "bank.yaml";

    private final ResourceLoader resources;
    private final String location;

    QuestionnaireFiles(ResourceLoader resources, String location) {
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    record Bank(List<LocalizedText> levels, List<Dimension> dimensions) {
    }

    record Definition(String code, int version, LocalizedText title, LocalizedText description, String questions) {
    }

    /** The question bank, read and checked. */
    Bank bank() {
        Bank bank = read(BANK, Bank.class);
        validate(bank);
        return bank;
    }

    /** The questionnaire of a tier as the files define it now (not yet published: versionId 0). */
    Questionnaire resolve(Tier tier) {
        return resolve(tier, bank());
    }

    /** The same, from a bank already read (start-up resolves every tier from one reading). */
    Questionnaire resolve(Tier tier, Bank bank) {
        String file = tier.code() + ".yaml";
        Definition definition = read(file, Definition.class);
        if (!tier.code().equals(definition.code()) || definition.version() < 1 || definition.title() == null
                || !definition.title().hasBothLanguages()) {
            throw invalid(file, "needs code '" + tier.code() + "', a version of 1 or more and a title in both languages");
        }
        boolean quickOnly = switch (String.valueOf(definition.questions())) {
            case "quick" -> true;
            case "all" -> false;
            default -> throw invalid(file, "'questions' must be 'quick' or 'all'");
        };
        List<Dimension> dimensions = bank.dimensions().stream()
                .map(d -> d.withQuestions(d.questions().stream().filter(q -> !quickOnly || q.inQuickCheck()).toList()))
                .filter(d -> !d.questions().isEmpty())
                .toList();
        return new Questionnaire(0, tier.code(), definition.version(), definition.title(), definition.description(),
                bank.levels(), dimensions);
    }

    private <T> T read(String file, Class<T> type) {
        Resource resource = resources.getResource(location + file);
        if (!resource.exists()) {
            throw new QuestionnaireFileException(location + file + ": file not found");
        }
        try (InputStream in = resource.getInputStream()) {
            return DataFiles.readYaml(in, location + file, type);
        } catch (IOException e) {
            throw new QuestionnaireFileException(location + file + ": " + e.getMessage());
        } catch (DataFiles.DataFileException e) {
            throw new QuestionnaireFileException(e.getMessage());
        }
    }

    private void validate(Bank bank) {
        List<String> errors = new ArrayList<>();
        if (bank.levels() == null || bank.levels().size() != 5 || !bank.levels().stream().allMatch(LocalizedText::hasBothLanguages)) {
            errors.add("'levels' needs exactly 5 entries (levels 0 to 4), each with vi and en");
        }
        Set<String> dimensionCodes = new HashSet<>();
        Set<String> questionCodes = new HashSet<>();
        for (Dimension dimension : bank.dimensions() == null ? List.<Dimension>of() : bank.dimensions()) {
            String where = "dimension " + dimension.code();
            if (dimension.code() == null || !dimensionCodes.add(dimension.code())) {
                errors.add(where + ": missing or repeated code");
            }
            if (dimension.name() == null || !dimension.name().hasBothLanguages()) {
                errors.add(where + ": needs a name in vi and en");
            }
            if (dimension.questions() == null || dimension.questions().isEmpty()) {
                errors.add(where + ": has no questions");
                continue;
            }
            for (Question question : dimension.questions()) {
                validate(question, questionCodes, errors);
            }
        }
        if (dimensionCodes.isEmpty()) {
            errors.add("no dimensions");
        }
        if (!errors.isEmpty()) {
            throw invalid(BANK, String.join("; ", errors));
        }
    }

    private static void validate(Question question, Set<String> codes, List<String> errors) {
        String where = "question " + question.code();
        if (question.code() == null || !codes.add(question.code())) {
            errors.add(where + ": missing or repeated code");
        }
        if (question.text() == null || !question.text().hasBothLanguages()) {
            errors.add(where + ": needs a text in vi and en");
        }
        if (question.help() != null && !question.help().hasBothLanguages()) {
            errors.add(where + ": help must be given in both vi and en");
        }
        if (question.levels() == null || question.levels().size() != 5
                || !question.levels().stream().allMatch(l -> l != null && l.hasBothLanguages())) {
            errors.add(where + ": needs exactly 5 level descriptions (0 to 4), each in vi and en");
        }
    }

    private QuestionnaireFileException invalid(String file, String message) {
        return new QuestionnaireFileException(location + file + ": " + message);
    }

    /** A questionnaire file that cannot be used; the message says which file and what to fix. */
    static class QuestionnaireFileException extends IllegalStateException {
        QuestionnaireFileException(String message) {
            super(message);
        }
    }
}
