package vn.nscl.assessment;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Until support requests exist, no expert has a request that would let them read an assessment. */
@Configuration(proxyBeanMethods = false)
class NoExpertAccess {

    @Bean
    @ConditionalOnMissingBean
    ExpertAssessmentAccess expertsMayReadNoAssessment() {
        return (expertAccountId, enterpriseId) -> false;
    }
}
