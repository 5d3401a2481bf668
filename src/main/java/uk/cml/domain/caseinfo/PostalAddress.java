package uk.cml.domain.caseinfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A UK postal address: the lines above the postcode, and the postcode. Printed on letters line by line. */
public record PostalAddress(List<String> lines, String postcode) {

    public PostalAddress {
        lines = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        postcode = CaseRules.normalisePostcode(postcode);
    }

    public static PostalAddress of(String multiLineText, String postcode) {
        String text = multiLineText == null ? "" : multiLineText;
        return new PostalAddress(Arrays.asList(text.split("\\R")), postcode);
    }

    public boolean isEmpty() {
        return lines.isEmpty() && postcode.isEmpty();
    }

    /** The lines then the postcode, as printed in a letter's address block. */
    public List<String> printedLines() {
        List<String> printed = new ArrayList<>(lines);
        if (!postcode.isEmpty()) {
            printed.add(postcode);
        }
        return printed;
    }

    public String linesAsText() {
        return String.join("\n", lines);
    }

    public String oneLine() {
        return String.join(", ", printedLines());
    }
}
