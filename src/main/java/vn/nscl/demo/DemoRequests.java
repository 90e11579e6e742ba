package vn.nscl.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import vn.nscl.expert.ExpertProfileService;
import vn.nscl.expert.Language;
import vn.nscl.matching.ExpertInboxService;
import vn.nscl.matching.InboxItem;
import vn.nscl.matching.Match;
import vn.nscl.matching.NewSupportRequest;
import vn.nscl.matching.RequestDeskService;
import vn.nscl.matching.SupportRequestService;
import vn.nscl.matching.WorkMode;

/**
 * Expert requests in every state, made the way people make them: the enterprise asks and chooses, the expert
 * accepts or declines, visits, reports, and the enterprise confirms and rates.
 */
@Component
class DemoRequests {

    private final ActingAs acting;
    private final SupportRequestService requests;
    private final ExpertInboxService inbox;
    private final RequestDeskService desk;
    private final ExpertProfileService experts;
    private final Clock clock;

    DemoRequests(ActingAs acting, SupportRequestService requests, ExpertInboxService inbox, RequestDeskService desk,
            ExpertProfileService experts, Clock clock) {
        this.experts = experts;
        this.acting = acting;
        this.requests = requests;
        this.inbox = inbox;
        this.desk = desk;
        this.clock = clock;
    }

    void load() {
        for (CSVRecord row : DemoCsv.read("requests.csv")) {
            String enterprise = row.get("enterprise_email");
            String state = row.get("state");
            long id = acting.account(enterprise, () -> requests.create(new NewSupportRequest(row.get("item"),
                    row.get("need"), WorkMode.valueOf(row.get("mode")), Language.of(row.get("language")).orElseThrow(),
                    null, null)));
            switch (state) {
                case "OPEN" -> {
                }
                case "AWAITING_OFFICER" -> acting.account(enterprise, () -> {
                    requests.askOfficer(id, version(id));
                    return null;
                });
                case "CANCELLED" -> acting.account(enterprise, () -> {
                    requests.cancel(id, version(id));
                    return null;
                });
                default -> engage(row, enterprise, id, state);
            }
        }
    }

    private void engage(CSVRecord row, String enterprise, long id, String state) {
        String expert = row.get("expert_email");
        offerTo(enterprise, id, expert);
        if (state.equals("OFFERED")) {
            return;
        }
        long offerId = acting.account(expert, () -> inbox.offers().stream().map(InboxItem::offer)
                .filter(o -> o.requestId() == id).findFirst().orElseThrow().id());
        if (state.equals("NO_MATCH")) {
            acting.account(expert, () -> {
                inbox.decline(offerId, row.get("reason"));
                return null;
            });
            return;
        }
        acting.account(expert, () -> {
            inbox.accept(offerId);
            if (!state.equals("ACCEPTED")) {
                inbox.addVisit(id, LocalDate.now(clock), true, "Khảo sát hiện trạng, thống nhất kế hoạch với lãnh đạo "
                        + "đơn vị; đào tạo nhóm nòng cốt.");
            }
            if (state.equals("REPORTED") || state.equals("COMPLETED")) {
                inbox.uploadReport(id, "bao-cao-cuoi-ky.pdf", DemoPdf.of("final report, request " + id));
            }
            return null;
        });
        if (state.equals("COMPLETED")) {
            acting.account(enterprise, () -> {
                requests.confirmCompletion(id, Integer.parseInt(row.get("rating")),
                        "Chuyên gia tận tình, hướng dẫn dễ hiểu", version(id));
                return null;
            });
        }
    }

    /** The enterprise picks the expert among those proposed; when not proposed, an officer assigns them. */
    private void offerTo(String enterprise, long id, String expertEmail) {
        long expertId = acting.account(expertEmail, () -> experts.myProfile().id());
        boolean proposed = acting.account(enterprise, () -> requests.candidates(id).stream()
                .map(Match::expertId).anyMatch(e -> e == expertId));
        if (proposed) {
            acting.account(enterprise, () -> {
                requests.choose(id, expertId, version(id));
                return null;
            });
        } else {
            acting.platform(() -> {
                desk.assign(id, expertId, "Phân công theo đề nghị của doanh nghiệp (dữ liệu mẫu)", version(id));
                return null;
            });
        }
    }

    private long version(long id) {
        return requests.detail(id).request().version();
    }
}
