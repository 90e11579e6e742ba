package vn.nscl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * No list reads a whole table that grows with the province (enterprises, assessments, applications, requests,
 * experts, accounts, the audit log, notifications, mails…): such tables are read a page at a time, or narrowed by a
 * condition. The small reference tables (communes, sectors, plan targets, partner agencies, rule versions) may be read
 * whole.
 */
class WholeTableReadsTest {

    /** Repositories of the tables that grow with the number of enterprises, experts, users and years. */
    private static final Set<String> GROWING = Set.of("AccountTokenRepository", "AnnualFiguresRepository",
            "ApplicationEventRepository", "AssessmentAnswerRepository", "AssessmentRepository", "AttachmentRepository",
            "AuditEventRepository", "DimensionScoreRepository", "EngagementNoteRepository",
            "EnterpriseClaimRepository", "EnterpriseRepository", "ExpertCertificateRepository", "ExpertRepository",
            "LoginThrottleRepository", "NotificationRepository", "OfferRepository", "QueuedMailRepository",
            "RegistrationRepository", "ReportRepository", "RequestEventRepository", "StoredFileRepository",
            "StoredRecommendationRepository", "SupportApplicationRepository", "SupportRequestRepository",
            "UserAccountRepository");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.nscl");

    private static boolean growing(JavaClass type) {
        return GROWING.contains(type.getSimpleName());
    }

    @Test
    void the_repositories_of_growing_tables_are_known_here() {
        List<String> repositories = MAIN.stream().filter(c -> c.isInterface()
                && c.isAssignableTo(org.springframework.data.repository.Repository.class))
                .map(JavaClass::getSimpleName).toList();
        org.assertj.core.api.Assertions.assertThat(repositories).containsAll(GROWING);
    }

    @Test
    void nobody_reads_a_growing_table_whole() {
        noClasses().should().callMethodWhere(new DescribedPredicate<JavaMethodCall>(
                "findAll() or findAll(Sort) on the repository of a table that grows with the province") {
            @Override
            public boolean test(JavaMethodCall call) {
                List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
                return call.getName().equals("findAll") && growing(call.getTargetOwner())
                        && (parameters.isEmpty() || parameters.size() == 1
                                && parameters.getFirst().isAssignableTo(org.springframework.data.domain.Sort.class));
            }
        }).check(MAIN);
    }

    @Test
    void finders_over_a_whole_growing_table_take_a_page() {
        methods().that().areDeclaredInClassesThat(new DescribedPredicate<JavaClass>("a growing table's repository") {
            @Override
            public boolean test(JavaClass type) {
                return growing(type);
            }
        }).and().haveNameStartingWith("findAll").should(new com.tngtech.archunit.lang.ArchCondition<>(
                "take a Pageable") {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                    com.tngtech.archunit.lang.ConditionEvents events) {
                boolean paged = method.getRawParameterTypes().stream().anyMatch(p -> p.isAssignableTo(Pageable.class));
                if (!paged) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                            method.getFullName() + " reads a growing table whole"));
                }
            }
        }).check(MAIN);
    }
}
