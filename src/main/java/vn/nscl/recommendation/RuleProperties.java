package vn.nscl.recommendation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param directory    the folder of the shipped rules ({@code nscl.rules.directory}); when it does not exist (e.g.
 *                     {@code java -jar} run elsewhere) the copy inside the application is used
 * @param shown        how many tool recommendations are shown at first; the rest on request
 * @param refreshEvery how often each instance checks whether another one activated a new version
 */
@ConfigurationProperties("nscl.rules")
public record RuleProperties(@DefaultValue("rules") String directory, @DefaultValue("5") int shown,
        @DefaultValue("15s") Duration refreshEvery) {
}
