package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the parent typed and has not saved, kept in a real data folder and read back by the next start. */
class TypingDraftsTest {

    @TempDir
    Path data;

    @Test
    @DisplayName("A kept draft is read back by the next start, every character as typed")
    void keptDraftIsReadBackByTheNextStart() throws Exception {
        String note = "They said: \"£43.21 is late\".\nRing back Friday | ask for Priya = team 4\t# not a comment";
        new TypingDrafts(data, Records.CLOCK).keep("call/case-1/new", Map.of("call-said", note, "call-time", "14:05"));
        new TypingDrafts(data, Records.CLOCK).keep("note/case-1/record-7", Map.of("note-text", "Mia upset"));

        Map<String, TypingDrafts.Draft> read = new TypingDrafts(data, Records.CLOCK).all();
        assertEquals(2, read.size(), "both forms' typing kept, neither replacing the other");
        TypingDrafts.Draft call = read.get("call/case-1/new");
        assertEquals(note, call.fields().get("call-said"));
        assertEquals("14:05", call.fields().get("call-time"));
        assertEquals(LocalDateTime.of(2026, 11, 22, 10, 15), call.typedAt(), "when it was typed, on the UK clock");
        assertEquals("Mia upset", read.get("note/case-1/record-7").fields().get("note-text"));
        try (var files = Files.list(data)) {
            assertEquals(1, files.count(), "one file, no half-written copy left beside it");
        }
    }

    @Test
    @DisplayName("Typing put back into a form and kept again unchanged keeps the time it was really typed")
    void typingKeptAgainUnchangedKeepsItsTime() throws Exception {
        new TypingDrafts(data, Records.CLOCK).keep("payment/case-1/new", Map.of("payment-amount", "12.345"));
        // The next start, two hours later, puts the typing back into the form, and the form keeps it again as it
        // closes: the Overview must not say it was typed then (a reviewer's 21:55 typing read "kept at 23:03").
        java.time.Clock later = java.time.Clock.offset(Records.CLOCK, java.time.Duration.ofHours(2));
        TypingDrafts next = new TypingDrafts(data, later);
        next.keep("payment/case-1/new", Map.of("payment-amount", "12.345"));
        assertEquals(LocalDateTime.of(2026, 11, 22, 10, 15), next.all().get("payment/case-1/new").typedAt());
        next.keep("payment/case-1/new", Map.of("payment-amount", "12.34"));
        assertEquals(LocalDateTime.of(2026, 11, 22, 12, 15), next.all().get("payment/case-1/new").typedAt(),
                "typing that changed is new typing");
    }

    @Test
    @DisplayName("Saved, cancelled or cleared typing is forgotten; the last one removes the file")
    void clearedDraftsAreForgotten() throws Exception {
        TypingDrafts drafts = new TypingDrafts(data, Records.CLOCK);
        drafts.keep("call/case-1/new", Map.of("call-said", "first"));
        drafts.keep("payment/case-1/new", Map.of("payment-amount", "43.21"));
        drafts.keep("call/case-1/new", Map.of("call-said", "second"));
        drafts.clear("payment/case-1/new");
        Map<String, TypingDrafts.Draft> read = new TypingDrafts(data, Records.CLOCK).all();
        assertEquals(Map.of("call-said", "second"), read.get("call/case-1/new").fields(), "the newest typing only");
        assertFalse(read.containsKey("payment/case-1/new"));
        drafts.clear("call/case-1/new");
        assertFalse(Files.exists(data.resolve(TypingDrafts.FILE_NAME)), "nothing typed is left in the folder");
        assertTrue(new TypingDrafts(data, Records.CLOCK).all().isEmpty());
    }

    @Test
    @DisplayName("A damaged drafts file never stops the app: it gives no drafts and the next keep replaces it")
    void damagedFileGivesNoDrafts() throws Exception {
        Files.writeString(data.resolve(TypingDrafts.FILE_NAME), "call/case-1/new|typed-at=not a time\n");
        TypingDrafts drafts = new TypingDrafts(data, Records.CLOCK);
        assertTrue(drafts.all().isEmpty());
        drafts.keep("call/case-1/new", Map.of("call-said", "typed again"));
        assertEquals("typed again", new TypingDrafts(data, Records.CLOCK).all().get("call/case-1/new").fields()
                .get("call-said"));
    }
}
