package vn.nscl.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.server.VaadinService;

import vn.nscl.testsupport.KaribuTest;

/**
 * The README's run command ({@code mvn spring-boot:run}) starts Vaadin's development mode with the same settings as
 * these tests: its dev tools (pop-up, toolbar, Copilot) must stay off, so people trying the platform see what users
 * will see.
 */
class DevToolsTest extends KaribuTest {

    @Test
    void the_dev_tools_are_off_by_default() {
        var configuration = VaadinService.getCurrent().getDeploymentConfiguration();

        assertThat(configuration.isDevToolsEnabled()).isFalse();
    }
}
