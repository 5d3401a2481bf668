package uk.cml.letters;

import java.util.Objects;

/** One "label: value" line under the addresses, for example "Our case reference" / "1212 3456 7890". */
public record ReferenceLine(String label, String value) {

    public ReferenceLine {
        label = Objects.requireNonNullElse(label, "");
        value = Objects.requireNonNullElse(value, "");
    }
}
