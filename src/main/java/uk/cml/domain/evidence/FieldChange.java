package uk.cml.domain.evidence;

import java.util.List;

/** One field of a record as it was before a correction and as it is after it. Blank means "left empty". */
public record FieldChange(String field, String before, String after) {

    static void add(List<FieldChange> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }
}
