package vn.nscl.rulebase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of a rule set: path under {@code rules/} (e.g. {@code recommendation/lean.drl}) to content. DRL files are
 * text; decision tables are workbooks named {@code .drl.xlsx} (the name Drools 10 recognises).
 */
public record RuleFiles(Map<String, byte[]> files) {

    public RuleFiles {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** A fingerprint of the whole set, to recognise a set already stored. */
    public String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, content) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean isRuleFile(String path) {
        return vn.nscl.rulebase.RuleBaseBuilder.isRuleFile(path);
    }
}
