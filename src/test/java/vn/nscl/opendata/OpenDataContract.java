package vn.nscl.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published OpenAPI description read as a contract: an answer is checked against what the description promises
 * for its path, status and media type, with a JSON Schema validator of the OpenAPI dialect (so {@code null} where the
 * description says a number is an error, as a client's generated code would find it).
 */
final class OpenDataContract {

    private static final String DOCUMENT = "https://nscl.invalid/v3/api-docs";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode document;
    private final SchemaRegistry schemas;

    OpenDataContract(String description) {
        this.document = JSON.readTree(description);
        var dialect = document.path("openapi").asString().startsWith("3.0") ? Dialects.getOpenApi30()
                : Dialects.getOpenApi31();
        this.schemas = SchemaRegistry.withDialect(dialect, registry -> registry.schemas(Map.of(DOCUMENT,
                description)));
    }

    JsonNode document() {
        return document;
    }

    /** The problems of one answer: undocumented path, status or media type, or a body its schema refuses. */
    List<String> problems(String pathAndQuery, int status, String contentType, String body) {
        String path = URLDecoder.decode(pathAndQuery.split("\\?")[0], StandardCharsets.UTF_8);
        JsonNode operation = document.path("paths").path(path).path("get");
        if (operation.isMissingNode()) {
            return List.of(path + ": not in the description");
        }
        JsonNode response = operation.path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            return List.of(path + ": status " + status + " not documented");
        }
        String mediaType = contentType.split(";")[0].trim();
        JsonNode content = response.path("content");
        if (!content.has(mediaType) && !content.has("*/*")) {
            return List.of(path + " " + status + ": media type " + mediaType + " not documented, only "
                    + content.propertyNames());
        }
        if (!mediaType.equals("application/json")) {
            return List.of();
        }
        String pointer = "/paths/" + escape(path) + "/get/responses/" + status + "/content/"
                + escape(content.has(mediaType) ? mediaType : "*/*") + "/schema";
        Schema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(JSON.readTree(body))) {
            problems.add(path + " " + status + ": " + error);
        }
        return problems;
    }

    /** The property names the description gives the items of an operation's JSON answer. */
    List<String> itemProperties(String path) {
        JsonNode items = resolve(document.path("paths").path(path).path("get").path("responses").path("200")
                .path("content").path("application/json").path("schema").path("items"));
        return List.copyOf(items.path("properties").propertyNames());
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            return document.at(schema.get("$ref").asString().substring(1));
        }
        return schema;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
