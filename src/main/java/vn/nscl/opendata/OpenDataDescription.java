package vn.nscl.opendata;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI description's title, version, licence (the province's open data licence, configurable) and server. The server is the configured public address: the
 * description never repeats the Host header a request claimed (which would let anyone make it point elsewhere).
 */
@Configuration
class OpenDataDescription {

    private static final String ERROR = "OpenDataError";

    @Bean
    OpenAPI openDataApi(@Value("${nscl.public-url:http://localhost:8080}") String publicUrl,
            @Value("${nscl.opendata.licence-name:CC BY 4.0}") String licence,
            @Value("${nscl.opendata.licence-url:https://creativecommons.org/licenses/by/4.0/}") String licenceUrl) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return new OpenAPI()
                .info(new Info().title("NSCL Connect — Dữ liệu mở / Open data").version("1.0")
                        .description("Số liệu tổng hợp về năng suất chất lượng của doanh nghiệp trong tỉnh; không có "
                                + "dữ liệu cá nhân. / Aggregated productivity and quality figures of the province's "
                                + "enterprises; no personal data.")
                        .license(new License().name(licence).url(licenceUrl)))
                .servers(List.of(new Server().url(base)));
    }

    /**
     * Every operation documents what it answers besides its data: 400 for a bad or unknown parameter, 429 with
     * Retry-After when a client asks too often, 500 when the figures cannot be read; each with the same error body.
     */
    @Bean
    OpenApiCustomizer documentedErrors() {
        return api -> {
            // Every field of an answer is written, null included: each is required (present); a null is declared
            // on the field itself where one can occur.
            api.getComponents().getSchemas().values().forEach(schema -> schema.setRequired(
                    List.copyOf(schema.getProperties().keySet())));
            api.getComponents().addSchemas(ERROR, new ObjectSchema()
                    .description("Thông báo lỗi bằng tiếng Việt và tiếng Anh / The error in Vietnamese and English")
                    .addProperty("error", new StringSchema().description("Tiếng Việt"))
                    .addProperty("error_en", new StringSchema().description("English"))
                    .required(List.of("error", "error_en")));
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> operation
                    .getResponses()
                    .addApiResponse("400", error("Tham số sai hoặc không được hỗ trợ (tham số _ để tránh bộ nhớ đệm "
                            + "được bỏ qua) / A parameter is invalid or not supported (the cache-busting _ is "
                            + "ignored)"))
                    .addApiResponse("429", error("Quá nhiều yêu cầu; thử lại sau số giây trong Retry-After / Too "
                            + "many requests from this address; try again after Retry-After seconds")
                            .addHeaderObject("Retry-After", new Header().description("Seconds to wait")
                                    .schema(new IntegerSchema())))
                    .addApiResponse("500", error("Không đọc được số liệu lúc này / The figures could not be read"))));
        };
    }

    private static ApiResponse error(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR))));
    }
}
