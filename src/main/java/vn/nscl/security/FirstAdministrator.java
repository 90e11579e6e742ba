package vn.nscl.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import vn.nscl.shared.SeedingLock;
import vn.nscl.shared.SystemTask;
import vn.nscl.shared.UserFacingException;

/**
 * In production, creates the first administrator from {@code NSCL_ADMIN_EMAIL} and {@code NSCL_ADMIN_PASSWORD} when
 * the database has no administrator yet. Afterwards the variables are ignored: accounts are managed in the app.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final Settings settings;
    private final SeedingLock seeding;
    private final Environment environment;
    private final I18NProvider texts;

    FirstAdministrator(AccountService accounts, Settings settings, SeedingLock seeding, Environment environment,
            I18NProvider texts) {
        this.texts = texts;
        this.seeding = seeding;
        this.environment = environment;
        this.accounts = accounts;
        this.settings = settings;
    }

    @ConfigurationProperties("nscl.admin")
    record Settings(String email, String password) {
    }

    @Override
    public void run(ApplicationArguments args) {
        // The profile is asked for here, when the application starts, not with @Profile: an instance started in
        // Spring's AOT mode (deploy/) has the beans chosen when the jar was built, without the prod profile.
        if (!environment.matchesProfiles("prod")) {
            return;
        }
        try {
            SystemTask.run(() -> seeding.inTransaction(this::createIfNone));
        } catch (UserFacingException refused) {
            String problems = refused.fieldProblems().isEmpty()
                    ? inEnglish(refused.messageKey(), refused.args())
                    : refused.fieldProblems().stream().map(p -> p.field() + ": " + inEnglish(p.messageKey(),
                            p.argArray())).collect(Collectors.joining("; "));
            throw new IllegalStateException("The first administrator given by NSCL_ADMIN_EMAIL and "
                    + "NSCL_ADMIN_PASSWORD was refused: " + problems, refused);
        }
    }

    /** What an operator reads in the log: the problem as the form would say it, in English, then its key. */
    private String inEnglish(String key, Object... args) {
        return texts.getTranslation(key, Locale.ENGLISH, args) + " (" + key + ")";
    }

    private void createIfNone() {
        if (!accounts.anyAccountWithRole(Role.ADMIN)) {
            accounts.createAccount(new NewAccount(settings.email(), settings.password(), "Administrator", "", "",
                    Locale.forLanguageTag("vi")), EnumSet.of(Role.ADMIN));
            log.info("Created the first administrator account {}", settings.email());
        }
    }
}
