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
        properties = "nscl.opendata.requests-per-minute=100")
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
        assertThat(lines.getFirst()).as("the JSON field names")
                .isEqualTo("\uFEFFcode,name,source,unit,yearFrom,yearTo,targetMin,targetMax,year,actual,status");
        int targets = json.readTree(get("/api/open/v1/targets?year=2025").body()).size();
        assertThat(lines).hasSize(targets + 1);
        assertThat(csv.body()).contains("Chuyên gia năng suất chất lượng");
        assertThat(get("/api/open/v1/indicators.csv?groupBy=COMMUNE").body().lines().findFirst().orElse(""))
                .isEqualTo("\uFEFFyear,commune,communeName,sector,enterprises,averageScore,matureShare,suppressed");
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
        JsonNode info = json.readTree(docs.body()).get("info");
        assertThat(info.get("title").asText()).isNotEqualTo("OpenAPI definition").contains("Dữ liệu mở");
        assertThat(info.get("version").asText()).isNotEqualTo("v0").matches("\\d+\\.\\d+(\\.\\d+)?");
        assertThat(info.get("license").get("name").asText()).isNotBlank();
        assertThat(info.get("license").get("url").asText()).startsWith("https://");
        JsonNode targets = json.readTree(docs.body()).at("/paths/~1api~1open~1v1~1targets/get/responses");
        assertThat(targets.fieldNames()).toIterable().contains("200", "400", "429");
        assertThat(targets.at("/429/headers/Retry-After").isMissingNode()).isFalse();
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

    OpenDataContract contract() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        return new OpenDataContract(docs.body());
    }

    /**
     * Every endpoint, with good and bad parameters, answers exactly what the published description promises: each
     * status and media type documented, each JSON body valid against its schema (nulls only where declared), and
     * each CSV download with the JSON answer's field names as its header.
     */
    @Test
    @Order(50)
    void every_answer_keeps_the_published_contract() throws Exception {
        OpenDataContract contract = contract();
        List<String> calls = List.of("/api/open/v1/indicators", "/api/open/v1/indicators?groupBy=COMMUNE",
                "/api/open/v1/indicators?groupBy=NONE&year=" + YEAR, "/api/open/v1/indicators?groupBy=SECTOR&year="
                + YEAR, "/api/open/v1/indicators?year=2021", "/api/open/v1/indicators?groupBy=commune",
                "/api/open/v1/indicators?year=2040", "/api/open/v1/indicators?year=x", "/api/open/v1/programmes",
                "/api/open/v1/programmes?lang=en", "/api/open/v1/programmes?lang=fr", "/api/open/v1/targets?year=2021",
                "/api/open/v1/targets?year=2025&lang=en", "/api/open/v1/targets?year=2030", "/api/open/v1/targets",
                "/api/open/v1/targets?year=2020", "/api/open/v1/targets?year=2025&colour=red",
                "/api/open/v1/indicators.csv?groupBy=COMMUNE", "/api/open/v1/indicators.csv?groupBy=X",
                "/api/open/v1/programmes.csv?lang=en", "/api/open/v1/programmes.csv?lang=de",
                "/api/open/v1/targets.csv?year=2025", "/api/open/v1/targets.csv");
        List<String> problems = new ArrayList<>();
        java.util.Set<String> called = new java.util.TreeSet<>();
        for (String call : calls) {
            HttpResponse<String> answer = get(call);
            called.add(call.split("\\?")[0]);
            problems.addAll(contract.problems(call, answer.statusCode(), answer.headers().firstValue("Content-Type")
                    .orElse(""), answer.body()));
        }
        assertThat(problems).isEmpty();
        assertThat(called).as("every published path is tried").containsAll(contract.document().path("paths")
                .propertyNames());
        for (String csv : List.of("indicators", "programmes", "targets")) {
            String query = csv.equals("targets") ? "?year=2025" : "";
            String header = get("/api/open/v1/" + csv + ".csv" + query).body().lines().findFirst().orElse("");
            assertThat(header.substring(1).split(",")).as(csv + ".csv names its columns as the JSON fields")
                    .containsExactlyElementsOf(contract.itemProperties("/api/open/v1/" + csv));
        }
    }

    @Test
    @Order(51)
    void unknown_languages_and_parameters_are_refused_like_any_bad_value() throws Exception {
        HttpResponse<String> french = get("/api/open/v1/programmes?lang=fr");
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(json.readTree(french.body()).get("error_en").asText()).contains("lang");
        HttpResponse<String> unknown = get("/api/open/v1/targets?year=2025&colour=red");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).get("error").asText()).contains("colour");
        assertThat(get("/api/open/v1/programmes?lang=EN").statusCode()).isEqualTo(200);
        assertThat(get("/api/open/v1/targets?year=2025&_=1733560000000").statusCode())
                .as("the cache-buster that data libraries add is ignored").isEqualTo(200);
    }

    @Test
    @Order(52)
    void other_sites_may_read_the_data_but_not_change_anything() throws Exception {
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/open/v1/programmes")).header("Origin", "https://dulieu.example.org").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/open/v1/targets?year=2025")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://dulieu.example.org").header("Access-Control-Request-Method", "GET")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("GET")
                .doesNotContain("POST");
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/open/v1/targets?year=2025")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://dulieu.example.org").header("Access-Control-Request-Method", "POST")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(403);
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).header("Origin", "https://dulieu.example.org").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.headers().firstValue("Access-Control-Allow-Origin")).as("only the open data").isEmpty();
    }

    @Test
    @Order(99)
    void a_client_asking_too_often_is_told_to_wait() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 105; i++) {
            last = get("/api/open/v1/programmes");
            if (last.statusCode() == 429) {
                break;
            }
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(contract().problems("/api/open/v1/programmes", 429, last.headers().firstValue("Content-Type")
                .orElse(""), last.body())).isEmpty();
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
