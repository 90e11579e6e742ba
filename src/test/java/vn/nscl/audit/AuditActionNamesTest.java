package vn.nscl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every action any module writes to the audit log has a name in Vietnamese and English: the log and the
 * administrator's home show the name, and a bare code such as APPLICATION_APPROVED tells an officer little.
 */
class AuditActionNamesTest {

    @Test
    void every_audit_action_has_a_vietnamese_and_an_english_name() throws Exception {
        Set<String> codes = new TreeSet<>();
        for (Resource found : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:vn/nscl/**/*AuditActions.class")) {
            String path = found.getURL().getPath();
            String className = path.substring(path.indexOf("vn/nscl/"), path.length() - ".class".length())
                    .replace('/', '.');
            for (Field field : Class.forName(className).getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    field.setAccessible(true);
                    codes.add((String) field.get(null));
                }
            }
        }
        assertThat(codes).as("audit action codes found").hasSizeGreaterThan(50).contains("MAIL_RESENT");
        for (String language : new String[] {"vi", "en"}) {
            Properties names = translations(language);
            assertThat(codes).as("codes without a name in " + language)
                    .allSatisfy(code -> assertThat(names.getProperty("audit.action." + code)).as(code).isNotBlank());
        }
    }

    private static Properties translations(String language) throws IOException {
        Properties names = new Properties();
        try (var in = AuditActionNamesTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language
                + ".properties")) {
            names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return names;
    }
}
