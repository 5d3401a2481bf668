package uk.cml.domain.evidence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/**
 * A dated note about the case.
 *
 * @param happenedOn the date the note is about, as the parent entered it
 * @param recordedAt when the app saved this version (set by the store; ignored when saving)
 */
public record Note(long id, long caseId, LocalDate happenedOn, NoteCategory category, String text,
                   LocalDateTime recordedAt) {

    private static final int TITLE_LENGTH = 70;

    public Note {
        text = text == null ? "" : text.strip();
    }

    /** The note's first line, cut short for lists, after "Effect on the child:" for those notes. */
    public String title() {
        String first = text.lines().findFirst().orElse("");
        if (first.length() > TITLE_LENGTH) {
            first = first.substring(0, TITLE_LENGTH - 3).strip() + "...";
        }
        return category == NoteCategory.EFFECT_ON_CHILD ? category.label() + ": " + first : first;
    }

    public List<FieldChange> changesSince(Note earlier) {
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.add(changes, Words.text("evidence.note.date"), UkFormats.shortDate(earlier.happenedOn),
                UkFormats.shortDate(happenedOn));
        FieldChange.add(changes, Words.text("evidence.note.kind"), earlier.category.label(), category.label());
        FieldChange.add(changes, Words.text("evidence.note.note"), earlier.text, text);
        return changes;
    }
}
