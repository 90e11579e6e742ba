package vn.nscl.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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

import vn.nscl.assessment.AssessmentDraft;
import vn.nscl.assessment.AssessmentResults;
import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.assessment.AssessmentService;
import vn.nscl.assessment.Dimension;
import vn.nscl.assessment.Question;
import vn.nscl.assessment.ResultsCharts;
import vn.nscl.assessment.ScoreCard;
import vn.nscl.assessment.Tier;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.testsupport.TestEnterprises;

/**
 * Issue targets: submitting and scoring an assessment ≤ 50 ms p95; the results (with the sector average computed
 * over 10,000 submitted assessments) ≤ 300 ms. Sample-time mode reports the percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
public class AssessmentBenchmark {

    private static final int PEERS = 10_000;

    private ConfigurableApplicationContext context;
    private AssessmentService assessments;
    private AssessmentResultsService results;
    private UserDetails enterprise;
    private long draftId;
    private long resultsId;

    @Setup(Level.Trial)
    public void startApplication() {
        context = BenchmarkContext.start();
        assessments = context.getBean(AssessmentService.class);
        results = context.getBean(AssessmentResultsService.class);
        TestEnterprises testEnterprises = context.getBean(TestEnterprises.class);
        BenchmarkData.submittedAssessments(context.getBean(JdbcTemplate.class), "C", PEERS, 1);
        TestEnterprises.Created created = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        enterprise = context.getBean(UserDetailsService.class).loadUserByUsername(created.email());
        signIn();
        long first = assessments.start(Tier.QUICK);
        answerEverything(first);
        assessments.submit(first);
        resultsId = first;
    }

    /** A fresh draft with every question answered, so each measured submission scores a complete quick check. */
    @Setup(Level.Invocation)
    public void prepareDraft() {
        signIn();
        assessments.currentDraft().ifPresent(draft -> assessments.discard(draft.id()));
        draftId = assessments.start(Tier.QUICK);
        answerEverything(draftId);
    }

    @Benchmark
    public ScoreCard submitAndScore() {
        return assessments.submit(draftId);
    }

    @Benchmark
    public String resultsWithSectorAverageOverTenThousand() {
        signIn();
        AssessmentResults shown = results.results(resultsId);
        if (!shown.benchmark().available() || shown.benchmark().peers() < PEERS) {
            throw new IllegalStateException("benchmark not computed over the generated peers");
        }
        return ResultsCharts.radar(shown, Locale.forLanguageTag("vi"), key -> key)
                + ResultsCharts.trend(shown, key -> key);
    }

    @TearDown(Level.Trial)
    public void stop() {
        SecurityContextHolder.clearContext();
        context.close();
    }

    private void signIn() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(enterprise, null, enterprise.getAuthorities()));
    }

    private void answerEverything(long id) {
        AssessmentDraft draft = assessments.draft(id);
        for (Dimension dimension : draft.asked()) {
            List<Question> questions = dimension.questions();
            for (int i = 0; i < questions.size(); i++) {
                assessments.answer(id, questions.get(i).code(), (i + dimension.code().length()) % 5, false, null);
            }
        }
    }
}
