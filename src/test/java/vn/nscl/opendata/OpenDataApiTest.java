package vn.nscl.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.plan.DashboardService;
import vn.nscl.testsupport.TestAssessments;
import vn.nscl.plan.TargetEdit;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestExperts;

/**
 * The open data API as a client sees it over HTTP: the fields of each answer, CSV, the OpenAPI description, small
 * cells suppressed, plain errors, no personal data, and the rate limit (last: it uses up the budget).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nscl.opendata.requests-per-minute=40")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenDataApiTest {

    static final int YEAR = 2022;

    @LocalServerPort
    int port;

    @Autowired
    TestEnterprises as;

    @Autowired
    TestAssessments assessments;

    @Autowired
    TestExperts experts;

    @Autowired
    DashboardService dashboards;

    @Autowired
    vn.nscl.plan.PlanTargetService targets;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode cell(String commune) throws Exception {
        HttpResponse<String> response = get("/api/open/v1/indicators?groupBy=COMMUNE&year=" + YEAR);
        assertThat(response.statusCode()).isEqualTo(200);
        for (JsonNode node : json.readTree(response.body())) {
            if (commune.equals(node.get("commune").asText())) {
                return node;
            }
        }
        return null;
    }

    @Test
    @Order(1)
    void a_cell_of_fewer_than_five_enterprises_is_suppressed_and_five_are_shown_with_exact_figures() throws Exception {
        String commune = experts.freshCommune();
        List<TestEnterprises.Created> created = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            created.add(as.create("R", false, EnterpriseType.ENTERPRISE, commune));
            assessments.quickCheck(created.getLast(), 2, YEAR, LocalDate.of(YEAR, 5, 1 + i)
                    .atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        as.run("officer@example.com", dashboards::refreshStatistics);
        JsonNode four = cell(commune);
        assertThat(four).isNotNull();
        assertThat(four.get("suppressed").asBoolean()).isTrue();
        assertThat(four.get("enterprises").isNull()).isTrue();
        assertThat(four.get("averageScore").isNull()).isTrue();

        TestEnterprises.Created fifth = as.create("R", false, EnterpriseType.ENTERPRISE, commune);
        assessments.quickCheck(fifth, 1, YEAR, LocalDate.of(YEAR, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
        assessments.quickCheck(fifth, 0, YEAR, LocalDate.of(YEAR, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
        as.run("officer@example.com", dashboards::refreshStatistics);
        JsonNode five = cell(commune);
        assertThat(five.get("suppressed").asBoolean()).isFalse();
        assertThat(five.get("enterprises").asInt()).as("one per enterprise, its last of the year").isEqualTo(5);
        assertThat(five.get("averageScore").decimalValue()).as("(4 × 50 + 25) / 5").isEqualByComparingTo("45.0");
        assertThat(five.get("matureShare").decimalValue()).isEqualByComparingTo("0.0");
        assertThat(five.get("communeName").asText()).isNotBlank();
    }

    @Test
    @Order(2)
    void the_running_year_is_not_published_until_it_ends() throws Exception {
        int running = java.time.Year.now(vn.nscl.shared.ui.Formats.VIETNAM).getValue();
        HttpResponse<String> response = get("/api/open/v1/indicators?year=" + running);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("error").asText()).contains("sau khi năm kết thúc");
        assertThat(json.readTree(get("/api/open/v1/indicators?groupBy=NONE").body()))
                .allSatisfy(cell -> assertThat(cell.get("year").asInt()).isLessThan(running));
    }

    @Test
    @Order(2)
    void every_answer_has_its_documented_fields_and_no_personal_data() throws Exception {
        HttpResponse<String> targets = get("/api/open/v1/targets?year=2025");
        assertThat(targets.statusCode()).isEqualTo(200);
        assertThat(targets.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode first = json.readTree(targets.body()).get(0);
        assertThat(first.fieldNames()).toIterable().containsExactlyInAnyOrder("code", "name", "source", "unit",
                "yearFrom", "yearTo", "targetMin", "targetMax", "year", "actual", "status");
        assertThat(json.readTree(targets.body())).extracting(n -> n.get("code").asText()).contains("T-2025-a", "P7");

        JsonNode programmes = json.readTree(get("/api/open/v1/programmes?lang=en").body());
        assertThat(programmes.get(0).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("code", "name", "planItem", "description");
        JsonNode cells = json.readTree(get("/api/open/v1/indicators").body());
        assertThat(cells.get(0).fieldNames()).toIterable().containsExactlyInAnyOrder("year", "commune",
                "communeName", "sector", "enterprises", "averageScore", "matureShare", "suppressed");
        String everything = targets.body() + programmes + cells;
        assertThat(everything).doesNotContain("@example", "Cơ sở thử nghiệm", "0905");
    }

    @Test
    @Order(3)
    void csv_downloads_have_a_header_and_the_same_rows() throws Exception {
        HttpResponse<String> csv = get("/api/open/v1/targets.csv?year=2025");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("targets-2025.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFcode,name,source,unit,year_from,year_to,target_min,target_max,"
                + "year,actual,status");
        int targets = json.readTree(get("/api/open/v1/targets?year=2025").body()).size();
        assertThat(lines).hasSize(targets + 1);
        assertThat(csv.body()).contains("Chuyên gia năng suất chất lượng");
        assertThat(get("/api/open/v1/indicators.csv?groupBy=COMMUNE").body().lines().findFirst().orElse(""))
                .contains("year,commune,commune_name,sector,enterprises,average_score,mature_share_percent,suppressed");
        assertThat(get("/api/open/v1/programmes.csv").body()).contains("P7");
    }

    @Test
    @Order(4)
    void the_api_is_described_by_openapi() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(docs.body()).get("paths");
        assertThat(paths.fieldNames()).toIterable().contains("/api/open/v1/indicators", "/api/open/v1/targets",
                "/api/open/v1/programmes", "/api/open/v1/targets.csv");
        assertThat(paths.fieldNames()).toIterable().allMatch(p -> p.startsWith("/api/open/"));
    }

    @Test
    @Order(5)
    void bad_parameters_get_a_plain_error_in_both_languages() throws Exception {
        HttpResponse<String> year = get("/api/open/v1/targets?year=1999");
        assertThat(year.statusCode()).isEqualTo(400);
        assertThat(json.readTree(year.body()).get("error").asText()).contains("2021", "2030");
        HttpResponse<String> grouping = get("/api/open/v1/indicators?groupBy=DROP%20TABLE");
        assertThat(grouping.statusCode()).isEqualTo(400);
        assertThat(json.readTree(grouping.body()).get("error_en").asText()).contains("groupBy");
        assertThat(get("/api/open/v1/targets").statusCode()).as("year is required").isEqualTo(400);
        assertThat(get("/api/open/v1/targets?year=abc").body()).doesNotContain("Exception");
    }

    @Test
    @Order(99)
    void a_client_asking_too_often_is_told_to_wait() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 45; i++) {
            last = get("/api/open/v1/programmes");
            if (last.statusCode() == 429) {
                break;
            }
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(json.readTree(last.body()).get("error").asText()).contains("Quá nhiều yêu cầu");
        assertThat(get("/v3/api-docs").statusCode()).as("only the data endpoints are limited").isEqualTo(200);
    }

    @Test
    @Order(20)
    void a_target_name_that_looks_like_a_formula_reaches_the_spreadsheet_as_text() throws Exception {
        var target = as.as("officer@example.com", () -> targets.targets()).getFirst();
        String formula = "=HYPERLINK(\"http://attacker.example\",\"Bấm\")";
        as.run("officer@example.com", () -> targets.update(target.code(), new TargetEdit(formula, target.nameEn(),
                target.unitVi(), target.unitEn(), target.yearFrom(), target.yearTo(), target.targetMin(),
                target.targetMax(), target.version())));
        try {
            String csv = get("/api/open/v1/targets.csv?year=2025").body();
            assertThat(csv).contains("'=HYPERLINK").doesNotContain("\n=HYPERLINK").doesNotContain(",=HYPERLINK");
        } finally {
            var changed = as.as("officer@example.com", () -> targets.targets()).getFirst();
            as.run("officer@example.com", () -> targets.update(target.code(), new TargetEdit(target.nameVi(),
                    target.nameEn(), target.unitVi(), target.unitEn(), target.yearFrom(), target.yearTo(),
                    target.targetMin(), target.targetMax(), changed.version())));
        }
    }
}
