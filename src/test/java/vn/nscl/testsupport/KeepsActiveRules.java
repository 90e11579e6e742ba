package vn.nscl.testsupport;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import vn.nscl.rulebase.RuleVersions;

/**
 * For tests that activate rule versions: remembers the version of the kind active before each test and activates it
 * again afterwards, since the other tests sharing the application context expect the shipped rules in force.
 * <pre>{@code @RegisterExtension final KeepsActiveRules activeBefore = new KeepsActiveRules("matching");}</pre>
 */
public class KeepsActiveRules implements BeforeEachCallback, AfterEachCallback {

    private static final String OFFICER = "officer@example.com";

    private final String kind;
    private long original;

    public KeepsActiveRules(String kind) {
        this.kind = kind;
    }

    /** The version that was active when the test began. */
    public long id() {
        return original;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        RuleVersions versions = spring.getBean(RuleVersions.class);
        original = spring.getBean(TestEnterprises.class).as(OFFICER, () -> versions.active(kind).version().id());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        RuleVersions versions = spring.getBean(RuleVersions.class);
        spring.getBean(TestEnterprises.class).run(OFFICER, () -> {
            if (versions.active(kind).version().id() != original) {
                versions.activate(kind, original, "Kiểm thử: trả lại bản đang dùng trước đó");
            }
        });
    }
}
