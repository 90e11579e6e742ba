package vn.nscl.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.nscl.rulebase.RuleProblem;

/**
 * A score rule names its component in words ({@code ranking.score($e, "LOCATION", …)}); a misspelt name would give
 * its points to nothing, silently. Each name written out is checked against the components of {@code matching.yaml}.
 */
final class ScoreComponentNames {

    private static final Pattern NAMED = Pattern.compile("ranking\\s*\\.\\s*score\\s*\\(\\s*[^,]*,\\s*\"([^\"]*)\"");

    private ScoreComponentNames() {
    }

    /** {@code sources}: path under {@code rules/} to DRL (a workbook's as generated: no line is given for it). */
    static List<RuleProblem> problems(Map<String, String> sources) {
        List<String> known = Arrays.stream(ScoreComponent.values()).map(Enum::name).toList();
        List<RuleProblem> problems = new ArrayList<>();
        sources.forEach((path, text) -> {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String code = lines[i].contains("//") ? lines[i].substring(0, lines[i].indexOf("//")) : lines[i];
                var call = NAMED.matcher(code);
                while (call.find()) {
                    if (!known.contains(call.group(1))) {
                        problems.add(new RuleProblem("rules/" + path, path.endsWith(".xlsx") ? 0 : i + 1,
                                "Không có thành phần điểm \"" + call.group(1) + "\": chỉ dùng " + String.join(", ", known)
                                        + ".", "There is no score component \"" + call.group(1) + "\": use only "
                                        + String.join(", ", known) + "."));
                    }
                }
            }
        });
        return problems;
    }
}
