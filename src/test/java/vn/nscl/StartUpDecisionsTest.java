package vn.nscl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * deploy/ starts instances in Spring's AOT mode, where bean conditions were evaluated when the jar was built (ADR
 * 014): a profile or a setting must be asked for in code when the application starts, never by @Profile or
 * @ConditionalOnProperty on our beans (or a prod instance would, say, load the demo data).
 */
class StartUpDecisionsTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.nscl");

    @Test
    void no_bean_of_ours_is_chosen_by_profile_or_setting() {
        noClasses().should().beAnnotatedWith(Profile.class).orShould().beAnnotatedWith(ConditionalOnProperty.class)
                .because("in AOT mode the build's profile and settings would decide, not the server's")
                .check(MAIN);
        noMethods().should().beAnnotatedWith(Profile.class).orShould().beAnnotatedWith(ConditionalOnProperty.class)
                .because("in AOT mode the build's profile and settings would decide, not the server's")
                .check(MAIN);
    }
}
