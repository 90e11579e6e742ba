package vn.nscl.shared;

import java.io.IOException;
import java.io.InputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the YAML data files that domain staff edit (questionnaires, catalogue). Unknown keys are errors, so a typo
 * is caught, and every error names the file and the line to fix. Keys are written in snake_case
 * ({@code applies_to}).
 */
public final class DataFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private DataFiles() {
    }

    private static final ObjectMapper YAML_WRITER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .changeDefaultPropertyInclusion(inclusion -> inclusion
                    .withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .build();

    /** Writes a value in the same form {@link #readYaml} reads (snake_case keys, nothing written for null). */
    public static String writeYaml(Object value) {
        return YAML_WRITER.writeValueAsString(value);
    }

    public static <T> T readYaml(InputStream in, String fileName, Class<T> type) {
        try {
            byte[] content = in.readAllBytes();
            try (JsonParser parser = YAML.createParser(content)) {
                YamlKeyCheck.UnknownKey unknown = YamlKeyCheck.firstUnknownKey(parser, type);
                if (unknown != null) {
                    throw new DataFileException(fileName + " line " + unknown.line() + ", column " + unknown.column()
                            + ": unknown key '" + unknown.key() + "' (check its spelling; the comments at the top of "
                            + "the file list the keys)", null);
                }
            }
            return YAML.readValue(content, type);
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            String where = location == null ? "" : " line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new DataFileException(fileName + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DataFileException(fileName + ": " + e.getMessage(), e);
        }
    }

    /** A data file that cannot be read; the message names the file and line. */
    public static class DataFileException extends IllegalStateException {
        public DataFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
