package uk.cml.domain.caseinfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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

    /** "PO Box 249, Mitcheldean, GL17 1AJ": the one way an address is written on one line. */
    public String oneLine() {
        return oneLine(String.join("\n", printedLines()));
    }

    /**
     * An address kept as lines of text (a letter's recipient) on one line, as {@link #oneLine()} writes it: "PO Box
     * 249\nMitcheldean\nGL17 1AJ" becomes "PO Box 249, Mitcheldean, GL17 1AJ". A line typed with its own comma at the
     * end gets no second one; text already on one line stays as it is.
     */
    public static String oneLine(String lines) {
        return Arrays.stream((lines == null ? "" : lines).split("\\R"))
                .map(l -> l.strip().replaceAll(",+$", "").strip()).filter(l -> !l.isEmpty())
                .collect(Collectors.joining(", "));
    }
}
