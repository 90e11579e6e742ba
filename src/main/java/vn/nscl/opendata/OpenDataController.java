package vn.nscl.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nscl.plan.IndicatorCell;
import vn.nscl.plan.OpenDataService.Grouping;
import vn.nscl.plan.OpenDataService;
import vn.nscl.plan.OpenProgramme;
import vn.nscl.plan.OpenTarget;
import vn.nscl.shared.SpreadsheetText;
import vn.nscl.shared.UserFacingException;

/**
 * The open data endpoints: each as JSON and as CSV (UTF-8 with a byte order mark, so spreadsheets read diacritics).
 * A CSV column is named as the JSON field it repeats, so one client reads both.
 */
@RestController
@RequestMapping(path = OpenDataController.BASE)
@Tag(name = "Dữ liệu mở / Open data", description = "Aggregated, anonymous figures of the productivity plan")
class OpenDataController {

    static final String BASE = "/api/open/v1";
    private static final String LANG = "vi (default) or en; any other value is refused with 400";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OpenDataService open;

    OpenDataController(OpenDataService open) {
        this.open = open;
    }

    @GetMapping(path = "/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enterprises assessed, average index and share at maturity level 3+, per ended year and "
            + "grouping; cells of fewer than 5 enterprises, and cells that would reveal them, are suppressed")
    List<IndicatorCell> indicators(
            @Parameter(description = "SECTOR, COMMUNE or NONE") @RequestParam(defaultValue = "SECTOR")
            Grouping groupBy, @Parameter(description = "an ended plan year, 2021–2030; all ended years when left out")
            @RequestParam(required = false) Integer year) {
        return open.indicators(groupBy, year);
    }

    @GetMapping(path = "/indicators.csv", produces = "text/csv")
    @Operation(summary = "The indicators as CSV")
    ResponseEntity<byte[]> indicatorsCsv(@RequestParam(defaultValue = "SECTOR") Grouping groupBy,
            @RequestParam(required = false) Integer year) {
        return csv("indicators.csv", open.indicators(groupBy, year), List.of("year", "commune", "communeName",
                "sector", "enterprises", "averageScore", "matureShare", "suppressed"),
                c -> new Object[] {c.year(), c.commune(), c.communeName(), c.sector(), c.enterprises(),
                        c.averageScore(), c.matureShare(), c.suppressed()});
    }

    @GetMapping(path = "/programmes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The plan's support programmes")
    List<OpenProgramme> programmes(@Parameter(description = LANG, schema = @Schema(allowableValues = {"vi", "en"})) @RequestParam(defaultValue = "vi") String lang) {
        return open.programmes(locale(lang));
    }

    @GetMapping(path = "/programmes.csv", produces = "text/csv")
    @Operation(summary = "The programmes as CSV")
    ResponseEntity<byte[]> programmesCsv(@Parameter(description = LANG, schema = @Schema(allowableValues = {"vi", "en"})) @RequestParam(defaultValue = "vi") String lang) {
        return csv("programmes.csv", open.programmes(locale(lang)), List.of("code", "name", "planItem",
                "description"), p -> new Object[] {p.code(), p.name(), p.planItem(), p.description()});
    }

    @GetMapping(path = "/targets", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The plan's targets with their actual value and status in a year")
    List<OpenTarget> targets(@Parameter(description = "a plan year, 2021–2030") @RequestParam int year, @Parameter(description = LANG, schema = @Schema(allowableValues = {"vi", "en"})) @RequestParam(defaultValue = "vi") String lang) {
        return open.targets(year, locale(lang));
    }

    @GetMapping(path = "/targets.csv", produces = "text/csv")
    @Operation(summary = "The targets as CSV")
    ResponseEntity<byte[]> targetsCsv(@RequestParam int year, @Parameter(description = LANG, schema = @Schema(allowableValues = {"vi", "en"})) @RequestParam(defaultValue = "vi") String lang) {
        return csv("targets-" + year + ".csv", open.targets(year, locale(lang)), List.of("code", "name", "source",
                "unit", "yearFrom", "yearTo", "targetMin", "targetMax", "year", "actual", "status"),
                t -> new Object[] {t.code(), t.name(), t.source(), t.unit(), t.yearFrom(), t.yearTo(), t.targetMin(),
                        t.targetMax(), t.year(), t.actual(), t.status()});
    }

    /** Vietnamese or English; any other language is refused like any bad value, never answered in Vietnamese. */
    private static Locale locale(String lang) {
        if ("en".equalsIgnoreCase(lang)) {
            return Locale.ENGLISH;
        }
        if ("vi".equalsIgnoreCase(lang)) {
            return Locale.forLanguageTag("vi");
        }
        throw new UserFacingException("opendata.error.parameter", "lang");
    }

    private static <T> ResponseEntity<byte[]> csv(String file, List<T> rows, List<String> header,
            Function<T, Object[]> values) {
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (T row : rows) {
                // A name typed as "=HYPERLINK(…)" must reach a spreadsheet as text, never as a formula.
                printer.printRecord(SpreadsheetText.safe(values.apply(row)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
