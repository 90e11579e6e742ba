package vn.nscl.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled  whether demo data is loaded into an empty database at start-up ({@code nscl.demo-data.enabled})
 * @param password the password of every demo account
 * @param loadTestEnterprises how many enterprises a load test signs in as ({@code tai-N@example.vn}); none by default
 */
@ConfigurationProperties("nscl.demo-data")
public record DemoDataProperties(@DefaultValue("false") boolean enabled,
        @DefaultValue("nscl-demo-2026") String password, @DefaultValue("0") int loadTestEnterprises) {
}
