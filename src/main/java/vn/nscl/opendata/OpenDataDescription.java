package vn.nscl.opendata;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI description's title, version, licence and server. The server is the configured public address: the
 * description never repeats the Host header a request claimed (which would let anyone make it point elsewhere).
 */
@Configuration
class OpenDataDescription {

    @Bean
    OpenAPI openDataApi(@Value("${nscl.public-url:http://localhost:8080}") String publicUrl) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return new OpenAPI()
                .info(new Info().title("NSCL Connect — Dữ liệu mở / Open data").version("1.0")
                        .description("Số liệu tổng hợp về năng suất chất lượng của doanh nghiệp trong tỉnh; không có "
                                + "dữ liệu cá nhân. / Aggregated productivity and quality figures of the province's "
                                + "enterprises; no personal data.")
                        .license(new License().name("CC BY 4.0")
                                .url("https://creativecommons.org/licenses/by/4.0/")))
                .servers(List.of(new Server().url(base)));
    }
}
