package vn.nscl.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param location where the questionnaire files are read from ({@code nscl.questionnaires.location}); a
 *                 {@code file:} folder lets an installation edit them without a new build
 */
@ConfigurationProperties("nscl.questionnaires")
public record QuestionnaireProperties(@DefaultValue("classpath:questionnaires/") String location) {
}
