package vn.nscl.shell;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.assessment.AssessmentService;
import vn.nscl.assessment.AssessmentSummary;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.matching.RequestStatus;
import vn.nscl.matching.SupportRequestService;
import vn.nscl.matching.SupportRequestView;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.support.ApplicationService;
import vn.nscl.support.ApplicationStatus;
import vn.nscl.support.ApplicationView;
import vn.nscl.support.CallView;
import vn.nscl.support.ProgrammeCallService;

/**
 * "Việc của tôi": where the enterprise stands on each step of the programme, read from its own records, so the home
 * page says what to do next (continue the draft at 28/68, read the recommendations, answer the officer, apply before
 * a call closes) instead of repeating the same five steps.
 */
@Component
class EnterpriseAgenda {

    /** How a step stands: done, waiting for the enterprise now, or not yet possible. */
    enum State {
        DONE, NOW, LATER
    }

    /** One line of the agenda: its state, text (already translated), and where its link goes (null: no link). */
    record Item(State state, String title, String text, String linkText, String route) {
    }

    /** Translates a key with arguments in the reader's language (the view's getTranslation). */
    interface Texts {
        String get(String key, Object... args);

        Locale locale();
    }

    private static final Set<RequestStatus> FINISHED_REQUESTS = EnumSet.of(RequestStatus.COMPLETED,
            RequestStatus.CANCELLED);
    private static final Set<ApplicationStatus> OPEN_APPLICATIONS = EnumSet.of(ApplicationStatus.DRAFT,
            ApplicationStatus.SUBMITTED, ApplicationStatus.NEEDS_INFO, ApplicationStatus.AWAITING_SECOND,
            ApplicationStatus.APPROVED);
    /** A call closing within this many days is named with the days left. */
    private static final int CLOSING_SOON_DAYS = 60;

    private final AssessmentService assessments;
    private final AssessmentResultsService results;
    private final SupportRequestService requests;
    private final ApplicationService applications;
    private final ProgrammeCallService calls;
    private final Catalogue catalogue;
    private final Clock clock;

    EnterpriseAgenda(AssessmentService assessments, AssessmentResultsService results, SupportRequestService requests,
            ApplicationService applications, ProgrammeCallService calls, Catalogue catalogue, Clock clock) {
        this.assessments = assessments;
        this.results = results;
        this.requests = requests;
        this.applications = applications;
        this.calls = calls;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    List<Item> of(EnterpriseSummary enterprise, Texts t) {
        LocalDate today = LocalDate.now(clock);
        List<Item> items = new ArrayList<>();
        items.add(profile(enterprise, t));
        Optional<AssessmentSummary> latest = results.history(enterprise.id()).stream()
                .findFirst();
        items.add(assessment(enterprise, latest, today, t));
        items.add(latest.map(a -> new Item(State.NOW, t.get("agenda.recommend"),
                t.get("agenda.recommend.text", Year.of(a.year())), t.get("agenda.recommend.open"), "recommendations"))
                .orElseGet(() -> new Item(State.LATER, t.get("agenda.recommend"), t.get("agenda.recommend.later"),
                        null, null)));
        items.addAll(requests(t));
        items.addAll(applications(today, t));
        return items;
    }

    private Item profile(EnterpriseSummary enterprise, Texts t) {
        return enterprise.sectorCode() == null
                ? new Item(State.NOW, t.get("agenda.profile"), t.get("agenda.profile.sector"),
                        t.get("agenda.profile.open"), "enterprise/profile")
                : new Item(State.DONE, t.get("agenda.profile"), t.get("agenda.profile.done"),
                        t.get("agenda.profile.update"), "enterprise/profile");
    }

    private Item assessment(EnterpriseSummary enterprise, Optional<AssessmentSummary> latest, LocalDate today,
            Texts t) {
        Optional<AssessmentSummary> draft = assessments.currentDraft();
        if (draft.isPresent()) {
            AssessmentSummary open = draft.get();
            int total = assessments.draft(open.id()).questionCount();
            return new Item(State.NOW, t.get("agenda.assess"), t.get("agenda.assess.draft",
                    open.title().in(t.locale()), open.answered(), total), t.get("agenda.assess.continue"),
                    "assessment/" + open.id() + "/fill");
        }
        if (enterprise.sectorCode() == null) {
            return new Item(State.LATER, t.get("agenda.assess"), t.get("agenda.assess.needs-sector"), null, null);
        }
        if (latest.isPresent() && latest.get().year() == today.getYear()) {
            AssessmentSummary done = latest.get();
            return new Item(State.DONE, t.get("agenda.assess"), t.get("agenda.assess.done",
                    Formats.date(done.submittedAt()), Numbers.score(done.overall(), t.locale())),
                    t.get("agenda.assess.results"), "assessment/" + done.id() + "/results");
        }
        String text = latest.map(a -> t.get("agenda.assess.again", Year.of(a.year()),
                Year.from(today)))
                .orElseGet(() -> t.get("agenda.assess.first"));
        return new Item(State.NOW, t.get("agenda.assess"), text, t.get("agenda.assess.start"), "assessment");
    }

    private List<Item> requests(Texts t) {
        List<SupportRequestView> open = requests.mine().stream()
                .filter(r -> !FINISHED_REQUESTS.contains(r.status())).toList();
        if (open.isEmpty()) {
            return List.of(new Item(State.LATER, t.get("agenda.expert"), t.get("agenda.expert.none"),
                    t.get("agenda.expert.new"), "requests/new"));
        }
        return open.stream().limit(3).map(r -> new Item(State.NOW, t.get("agenda.expert.request",
                catalogue.itemName(r.itemCode(), t.locale())), t.get("request.status." + r.status().name()),
                t.get("agenda.open"), "requests/" + r.id())).toList();
    }

    private List<Item> applications(LocalDate today, Texts t) {
        List<ApplicationView> open = applications.mine().stream()
                .filter(a -> OPEN_APPLICATIONS.contains(a.status())).toList();
        List<Item> items = new ArrayList<>(open.stream().limit(3).map(a -> new Item(
                a.status() == ApplicationStatus.NEEDS_INFO || a.status() == ApplicationStatus.DRAFT ? State.NOW
                        : State.DONE,
                t.get("agenda.application", a.programmeName()), t.get("application.status." + a.status().name()),
                t.get("agenda.open"), "applications/" + a.id())).toList());
        Set<String> applied = open.stream().map(ApplicationView::programmeCode).collect(
                java.util.stream.Collectors.toSet());
        calls.calls().stream()
                .filter(c -> c.open() && c.openUntil() != null && !applied.contains(c.programmeCode()))
                .filter(c -> ChronoUnit.DAYS.between(today, c.openUntil()) <= CLOSING_SOON_DAYS)
                .min(Comparator.comparing(CallView::openUntil))
                .ifPresent(call -> items.add(new Item(State.LATER, t.get("agenda.call", call.programmeName()),
                        t.get("agenda.call.closing", Formats.date(call.openUntil()),
                                ChronoUnit.DAYS.between(today, call.openUntil())),
                        t.get("agenda.call.open"), "programmes")));
        if (items.isEmpty()) {
            items.add(new Item(State.LATER, t.get("agenda.support"), t.get("agenda.support.text"),
                    t.get("agenda.call.open"), "programmes"));
        }
        return items;
    }
}
