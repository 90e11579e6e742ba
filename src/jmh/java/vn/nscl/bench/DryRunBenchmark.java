package vn.nscl.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.nscl.assessment.AssessmentService;
import vn.nscl.assessment.Tier;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.recommendation.DryRunReport;
import vn.nscl.recommendation.RuleSetService;
import vn.nscl.tasks.BackgroundTasks;
import vn.nscl.tasks.TaskStatus;
import vn.nscl.testsupport.TestEnterprises;

/**
 * Issue targets: a dry run of a candidate rule set over 10,000 submitted assessments (each a quick check with every
 * question answered) ≤ 10 s, and over a province's 150,000 ≤ 60 s with progress visible from the first second
 * ({@code -p assessments=150000}), loading included: every assessment is evaluated with the active and the candidate
 * set and the visible recommendations compared. {@code firstProgress} starts the dry run as the screen does (a
 * background task) and measures until its row shows assessments done, then cancels it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx8g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class DryRunBenchmark {

    @Param({"10000"})
    public int assessments;

    private ConfigurableApplicationContext context;
    private RuleSetService ruleSets;
    private UserDetails officer;
    private long draftId;

    @Setup(Level.Trial)
    public void startApplication() {
        context = BenchmarkContext.start();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        BenchmarkData.submittedAssessments(jdbc, "C", assessments, 2);
        BenchmarkData.answers(jdbc, 2, quickQuestionCodes());
        officer = context.getBean(UserDetailsService.class).loadUserByUsername("officer@example.com");
        signIn(officer);
        ruleSets = context.getBean(RuleSetService.class);
        vn.nscl.rulebase.RuleVersions versions = context.getBean(vn.nscl.rulebase.RuleVersions.class);
        draftId = versions.createDraft("recommendation", versions.active("recommendation").version().id(),
                "benchmark");
        versions.saveFile("recommendation", draftId, "recommendation/benchmark.drl", """
                package rules.recommendation;
                import vn.nscl.recommendation.facts.*;
                global vn.nscl.recommendation.facts.Advice advice;

                rule "Benchmark: sở hữu trí tuệ khi đổi mới thấp"
                    when
                        $e : Enterprise( employees >= 50 )
                        $s : DimensionScore( dimension == "INNO", level < 2 )
                    then
                        advice.recommend(drools, "IP", 99, "Thử " + $s.levelVi(), "Test " + $s.levelEn());
                end
                """.getBytes(StandardCharsets.UTF_8), null);
        versions.validate("recommendation", draftId); // as the screen does after every save
    }

    @Benchmark
    public DryRunReport dryRunOverAll() {
        signIn(officer);
        DryRunReport report = ruleSets.dryRun(draftId);
        if (report.evaluated() < assessments || !report.problems().isEmpty()) {
            throw new IllegalStateException("dry run did not cover the generated assessments: " + report.evaluated());
        }
        return report;
    }

    /** From the officer's click to the first assessments counted on the task's row (what the screen polls). */
    @Benchmark
    public TaskStatus firstProgress() throws InterruptedException {
        signIn(officer);
        BackgroundTasks tasks = context.getBean(BackgroundTasks.class);
        TaskStatus started = ruleSets.startDryRun(draftId);
        TaskStatus now = started;
        while (now.done() == 0 && now.running()) {
            Thread.sleep(5);
            now = tasks.status(started.id());
        }
        TaskStatus seen = now;
        tasks.cancel(started.id());
        while (tasks.status(started.id()).running()) {
            Thread.sleep(5);
        }
        if (seen.done() == 0 || seen.total() < assessments) {
            throw new IllegalStateException("no progress seen: " + seen);
        }
        return seen;
    }

    @TearDown(Level.Trial)
    public void stop() {
        SecurityContextHolder.clearContext();
        context.close();
    }

    /** The questions of the quick check, as a manufacturer is asked them. */
    private List<String> quickQuestionCodes() {
        TestEnterprises.Created created = context.getBean(TestEnterprises.class).create("C", false,
                EnterpriseType.ENTERPRISE);
        AssessmentService assessments = context.getBean(AssessmentService.class);
        return context.getBean(TestEnterprises.class).as(created.email(), () -> {
            long draft = assessments.start(Tier.QUICK);
            List<String> codes = assessments.draft(draft).asked().stream()
                    .flatMap(d -> d.questions().stream()).map(q -> q.code()).toList();
            assessments.discard(draft);
            return codes;
        });
    }

    private static void signIn(UserDetails user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
