package vn.nscl.reference;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The province this installation serves ({@code nscl.province.code}); its communes are offered at registration.
 *
 * @param code the 2025 statistical code of the province, {@code 44} for Quảng Trị
 */
@ConfigurationProperties("nscl.province")
public record ProvinceProperties(@DefaultValue("44") String code) {
}
