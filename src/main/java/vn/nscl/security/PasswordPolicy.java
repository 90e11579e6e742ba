package vn.nscl.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import vn.nscl.shared.TextRules;

/**
 * What a password must be: 8 to 128 characters (long passphrases welcome, Vietnamese letters included), not one of
 * the few thousand most common passwords shipped in {@code security/common-passwords.txt}, and hard to guess as
 * judged by zxcvbn (a maintained strength estimator) with the account's own details (its e-mail, name, organisation,
 * enterprise name and code) and common Vietnamese words as things an attacker tries first: {@code aaaaaaaa}, the
 * e-mail itself or the enterprise's name are refused.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's score 3: about 10^10 guesses, "safely unguessable" for an online attack with throttling. */
    static final int MIN_SCORE = 3;
    private static final String COMMON_PASSWORDS = "/security/common-passwords.txt";
    /** Words an attacker tries first on a Vietnamese platform, which zxcvbn's English lists do not hold. */
    private static final List<String> LOCAL_WORDS = List.of("matkhau", "mat khau", "mật khẩu", "vietnam", "viet nam",
            "quangtri", "quang tri", "quảng trị", "quangbinh", "nscl", "nangsuat", "chatluong", "doanhnghiep",
            "hoptacxa", "congty", "admin", "quantri", "canbo", "chuyengia", "sokhcn", "dongha", "hue", "hanoi",
            "saigon", "anhyeuem", "emyeuanh", "yeuem", "iloveyou");

    private final Set<String> common;
    private final Zxcvbn estimator = new Zxcvbn();

    PasswordPolicy() {
        this.common = loadCommonPasswords();
    }

    /** As {@link #problem(String, Collection)} without details of the account. */
    public Optional<String> problem(String password) {
        return problem(password, List.of());
    }

    /**
     * The translation key of the first rule the password breaks, or empty when it is acceptable. {@code context}: the
     * account's own details, which must not make up the password.
     */
    public Optional<String> problem(String password, Collection<String> context) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password.error.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.error.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.error.too-long");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.error.common");
        }
        List<String> personal = contextWords(context);
        String folded = folded(password);
        if (personal.stream().filter(word -> word.length() >= 5).anyMatch(folded::contains)) {
            return Optional.of("password.error.personal");
        }
        List<String> dictionary = new ArrayList<>(LOCAL_WORDS);
        dictionary.addAll(personal);
        Strength strength = estimator.measure(password, dictionary);
        if (strength.getScore() < MIN_SCORE) {
            return Optional.of("password.error.weak");
        }
        return Optional.empty();
    }

    /**
     * The details as an attacker would try them: each whole (without spaces, accents or punctuation: "tranthithu")
     * and each of its words; long ones must not appear in the password, and all of them count as easy guesses.
     */
    private static List<String> contextWords(Collection<String> context) {
        List<String> words = new ArrayList<>();
        for (String item : context) {
            if (item == null || item.isBlank()) {
                continue;
            }
            String lower = item.strip().toLowerCase(Locale.ROOT);
            int at = lower.indexOf('@');
            words.add(folded(at > 0 ? lower.substring(0, at) : lower));
            List<String> parts = java.util.Arrays.stream(lower.split("[^\\p{L}\\p{N}]+")).map(PasswordPolicy::folded)
                    .filter(part -> !part.isEmpty()).toList();
            for (int from = 0; from < parts.size(); from++) {
                StringBuilder run = new StringBuilder(parts.get(from));
                if (run.length() >= 3) {
                    words.add(run.toString());
                }
                // Two or more words in a row, as people join them ("hotieu", "vinhlinh", "tranthithu").
                for (int to = from + 1; to < parts.size(); to++) {
                    run.append(parts.get(to));
                    if (run.length() >= 6) {
                        words.add(run.toString());
                    }
                }
            }
        }
        return words;
    }

    /** Lower case, without accents, spaces or punctuation: how a name is typed into a password. */
    private static String folded(String text) {
        return TextRules.withoutDiacritics(text).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    int commonPasswordCount() {
        return common.size();
    }

    private static Set<String> loadCommonPasswords() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + COMMON_PASSWORDS + " on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
