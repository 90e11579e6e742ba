package vn.nscl.rulebase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the files shipped with the application under {@code rules/} (rules, expert cases): the folder, or its copy
 * inside the jar.
 */
public final class ShippedRules {

    private ShippedRules() {
    }

    public static RuleFiles read(String directory, String kind) {
        return read(directory, kind, RuleFiles::isRuleFile);
    }

    /** The files of one folder under {@code rules/} whose path {@code wanted} accepts (expert cases, say). */
    public static RuleFiles read(String directory, String kind, java.util.function.Predicate<String> wanted) {
        Path folder = Path.of(directory, kind);
        return Files.isDirectory(folder) ? fromFolder(Path.of(directory), folder, wanted) : fromClasspath(kind, wanted);
    }

    private static RuleFiles fromFolder(Path root, Path folder, java.util.function.Predicate<String> wanted) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                if (wanted.test(relative)) {
                    files.put(relative, Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rules in " + folder.toAbsolutePath(), e);
        }
        return new RuleFiles(files);
    }

    private static RuleFiles fromClasspath(String kind, java.util.function.Predicate<String> wanted) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:rules/" + kind + "/**")) {
                String url = resource.getURL().toString();
                String relative = url.substring(url.lastIndexOf("rules/") + "rules/".length());
                if (resource.isReadable() && wanted.test(relative)) {
                    try (InputStream in = resource.getInputStream()) {
                        files.put(relative, in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rules packaged in the application", e);
        }
        return new RuleFiles(files);
    }
}
