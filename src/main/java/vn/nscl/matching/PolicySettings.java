package vn.nscl.matching;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nscl.shared.DataFiles;
import vn.nscl.shared.UserFacingException;

/**
 * The numbers of the matching policy file as a form edits them: read from the file's text, and written back into it
 * value by value, so the officers' comments and the layout stay as they were. Whether the numbers are sound is
 * checked where every policy file is (the draft is built when saved); the form checks ranges first to say it sooner.
 */
public class PolicySettings {

    private static final Pattern TOP_LEVEL = Pattern.compile("^([a-z_]+):(.*)$");
    private static final Pattern NESTED = Pattern.compile("^(\\s+)([a-z_]+):\\s*([^#\\s][^#]*?)?(\\s+#.*)?$");
    private static final String CERTIFICATES = "certificate_required_for";
    private static final String FOLLOW_UP = "follow_up_months";

    private Double weightCompetence;
    private Double weightSector;
    private Double weightLocation;
    private Double weightLanguage;
    private Double weightRating;
    private Double weightLoad;
    private Double sameCommune;
    private Double serviceArea;
    private Double wholeProvince;
    private Double remoteOnly;
    private Integer minimumLevel;
    private Integer yearsForFullCredit;
    private Double certificateBonus;
    private Double newExpert;
    private Set<String> certificateRequiredFor = new LinkedHashSet<>();
    private Integer deadlineWorkingDays;
    private Integer shownCandidates;
    private Integer followUpMonths;

    /** The numbers in a policy file; refused (say: edit it as text) when the file cannot be read. */
    public static PolicySettings parse(String yaml) {
        MatchingPolicy p;
        try {
            p = DataFiles.readYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), PolicyFile.PATH,
                    MatchingPolicy.class);
        } catch (DataFiles.DataFileException e) {
            throw new UserFacingException("policy.form.unreadable");
        }
        if (p == null || p.weights() == null || p.location() == null || p.competence() == null || p.rating() == null
                || p.offer() == null) {
            throw new UserFacingException("policy.form.unreadable");
        }
        PolicySettings s = new PolicySettings();
        s.weightCompetence = p.weights().competence();
        s.weightSector = p.weights().sector();
        s.weightLocation = p.weights().location();
        s.weightLanguage = p.weights().language();
        s.weightRating = p.weights().rating();
        s.weightLoad = p.weights().load();
        s.sameCommune = p.location().sameCommune();
        s.serviceArea = p.location().serviceArea();
        s.wholeProvince = p.location().wholeProvince();
        s.remoteOnly = p.location().remoteOnly();
        s.minimumLevel = p.competence().minimumLevel();
        s.yearsForFullCredit = p.competence().yearsForFullCredit();
        s.certificateBonus = p.competence().certificateBonus();
        s.newExpert = p.rating().newExpert();
        s.certificateRequiredFor = new LinkedHashSet<>(p.certificateRequiredFor() == null ? List.of()
                : p.certificateRequiredFor());
        s.deadlineWorkingDays = p.offer().deadlineWorkingDays();
        s.shownCandidates = p.offer().shownCandidates();
        s.followUpMonths = p.followUpMonths();
        return s;
    }

    /** The sum of the six weights (it must be 100). */
    public double weightTotal() {
        return value(weightCompetence) + value(weightSector) + value(weightLocation) + value(weightLanguage)
                + value(weightRating) + value(weightLoad);
    }

    /**
     * The file's text with these numbers in place of the old ones: comments, order and layout kept; a key the file
     * lacks is added at the end of its section.
     */
    public String writeInto(String yaml) {
        Map<String, Map<String, String>> sections = sections();
        List<String> out = new ArrayList<>();
        String section = null;
        boolean inCertificateList = false;
        for (String line : yaml.split("\n", -1)) {
            String stripped = line.strip();
            boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
            if (stripped.isEmpty() || stripped.startsWith("#") || indented) {
                if (inCertificateList && stripped.startsWith("-")) {
                    continue;
                }
                Matcher nested = NESTED.matcher(line);
                if (indented && section != null && nested.matches() && sections.get(section).containsKey(
                        nested.group(2))) {
                    String value = sections.get(section).remove(nested.group(2));
                    // A number written another way (1.0 for 1) stays as the officer wrote it.
                    out.add(sameNumber(nested.group(3), value) ? line : nested.group(1) + nested.group(2) + ": "
                            + value + (nested.group(4) == null ? "" : nested.group(4)));
                } else {
                    out.add(line);
                }
                continue;
            }
            closeSection(out, section, sections);
            section = null;
            inCertificateList = false;
            Matcher top = TOP_LEVEL.matcher(line);
            if (!top.matches()) {
                out.add(line);
                continue;
            }
            String key = top.group(1);
            if (key.equals(CERTIFICATES)) {
                out.add(CERTIFICATES + ":");
                certificateRequiredFor.forEach(code -> out.add("  - " + code));
                sections.remove(CERTIFICATES);
                inCertificateList = true;
            } else if (key.equals(FOLLOW_UP)) {
                String value = sections.remove(FOLLOW_UP).get("");
                out.add(sameNumber(top.group(2).replaceAll("#.*", ""), value) ? line : FOLLOW_UP + ": " + value);
            } else if (sections.containsKey(key)) {
                out.add(line);
                section = key;
            } else {
                out.add(line);
            }
        }
        closeSection(out, section, sections);
        int end = out.size();
        while (end > 0 && out.get(end - 1).isEmpty()) {
            end--;
        }
        List<String> text = new ArrayList<>(out.subList(0, end));
        sections.forEach((name, keys) -> {
            if (name.equals(CERTIFICATES)) {
                text.add(CERTIFICATES + ":");
                certificateRequiredFor.forEach(code -> text.add("  - " + code));
            } else if (name.equals(FOLLOW_UP)) {
                text.add(FOLLOW_UP + ": " + keys.get(""));
            } else {
                text.add(name + ":");
                keys.forEach((key, value) -> text.add("  " + key + ": " + value));
            }
        });
        return String.join("\n", text) + "\n";
    }

    /** Adds the keys of the section the file lacks, then forgets the section. */
    private static void closeSection(List<String> out, String section, Map<String, Map<String, String>> sections) {
        if (section == null) {
            return;
        }
        int at = out.size();
        while (at > 0 && (out.get(at - 1).isBlank() || out.get(at - 1).strip().startsWith("#"))) {
            at--;
        }
        List<String> missing = new ArrayList<>();
        sections.remove(section).forEach((key, value) -> missing.add("  " + key + ": " + value));
        out.addAll(at, missing);
    }

    private Map<String, Map<String, String>> sections() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        all.put("weights", keys("competence", weightCompetence, "sector", weightSector, "location", weightLocation,
                "language", weightLanguage, "rating", weightRating, "load", weightLoad));
        all.put("location", keys("same_commune", sameCommune, "service_area", serviceArea, "whole_province",
                wholeProvince, "remote_only", remoteOnly));
        all.put("competence", keys("minimum_level", minimumLevel, "years_for_full_credit", yearsForFullCredit,
                "certificate_bonus", certificateBonus));
        all.put("rating", keys("new_expert", newExpert));
        all.put(CERTIFICATES, new LinkedHashMap<>());
        all.put("offer", keys("deadline_working_days", deadlineWorkingDays, "shown_candidates", shownCandidates));
        all.put(FOLLOW_UP, keys("", followUpMonths));
        return all;
    }

    private static Map<String, String> keys(Object... keysAndValues) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            keys.put((String) keysAndValues[i], number((Number) keysAndValues[i + 1]));
        }
        return keys;
    }

    private static boolean sameNumber(String written, String value) {
        try {
            return written != null && new BigDecimal(written.strip()).compareTo(new BigDecimal(value)) == 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static String number(Number value) {
        if (value == null) {
            return "0";
        }
        return BigDecimal.valueOf(value.doubleValue()).stripTrailingZeros().toPlainString();
    }

    private static double value(Double d) {
        return d == null ? 0 : d;
    }

    public Double getWeightCompetence() { return weightCompetence; }
    public void setWeightCompetence(Double v) { weightCompetence = v; }
    public Double getWeightSector() { return weightSector; }
    public void setWeightSector(Double v) { weightSector = v; }
    public Double getWeightLocation() { return weightLocation; }
    public void setWeightLocation(Double v) { weightLocation = v; }
    public Double getWeightLanguage() { return weightLanguage; }
    public void setWeightLanguage(Double v) { weightLanguage = v; }
    public Double getWeightRating() { return weightRating; }
    public void setWeightRating(Double v) { weightRating = v; }
    public Double getWeightLoad() { return weightLoad; }
    public void setWeightLoad(Double v) { weightLoad = v; }
    public Double getSameCommune() { return sameCommune; }
    public void setSameCommune(Double v) { sameCommune = v; }
    public Double getServiceArea() { return serviceArea; }
    public void setServiceArea(Double v) { serviceArea = v; }
    public Double getWholeProvince() { return wholeProvince; }
    public void setWholeProvince(Double v) { wholeProvince = v; }
    public Double getRemoteOnly() { return remoteOnly; }
    public void setRemoteOnly(Double v) { remoteOnly = v; }
    public Integer getMinimumLevel() { return minimumLevel; }
    public void setMinimumLevel(Integer v) { minimumLevel = v; }
    public Integer getYearsForFullCredit() { return yearsForFullCredit; }
    public void setYearsForFullCredit(Integer v) { yearsForFullCredit = v; }
    public Double getCertificateBonus() { return certificateBonus; }
    public void setCertificateBonus(Double v) { certificateBonus = v; }
    public Double getNewExpert() { return newExpert; }
    public void setNewExpert(Double v) { newExpert = v; }
    public Set<String> getCertificateRequiredFor() { return certificateRequiredFor; }
    public void setCertificateRequiredFor(Set<String> v) { certificateRequiredFor = new LinkedHashSet<>(v); }
    public Integer getDeadlineWorkingDays() { return deadlineWorkingDays; }
    public void setDeadlineWorkingDays(Integer v) { deadlineWorkingDays = v; }
    public Integer getShownCandidates() { return shownCandidates; }
    public void setShownCandidates(Integer v) { shownCandidates = v; }
    public Integer getFollowUpMonths() { return followUpMonths; }
    public void setFollowUpMonths(Integer v) { followUpMonths = v; }
}
