package vn.nscl.rulebase;

import java.util.List;

/**
 * One kind of rules the platform keeps in versions (recommendations, expert matching, and any later kind): the folder
 * under {@code rules/} its files live in, which files it accepts, and how a set of its files is built into what the
 * platform evaluates. Everything else (drafts, checks, activation, following the active version on every instance,
 * export, audit, the screens) is {@link RuleVersions}' and {@link ActiveRules}', the same for every kind.
 *
 * @param <C> what a built version is (a Drools base, or a base with its settings)
 */
public interface RuleKind<C> {

    /** The kind's name, also its folder under {@code rules/} (e.g. {@code matching}). */
    String code();

    /** How audit entries name a version of this kind (e.g. {@code rule-set}). */
    String auditTarget();

    /** The file endings a version of this kind may hold, e.g. {@code .drl}, {@code .drl.xlsx}, {@code .yaml}. */
    List<String> fileEndings();

    /** Builds the files; never throws for a mistake in them, but reports it with file and line. */
    RuleBuild<C> build(RuleFiles files);

    /** Whether a file shipped in the kind's folder belongs to the rules (rather than to, say, test cases). */
    default boolean isShippedFile(String path) {
        return fileEndings().stream().anyMatch(path::endsWith);
    }
}
