package uk.cml.ui.letters.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.letters.templates.AnsweredOnRecord.From;
import uk.cml.letters.templates.AnsweredOnRecord.NotLogged;

/** What the writer says when the letter a reply answers (or a chase chases) is not in the records. */
class NotLoggedNoticeTest {

    static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);

    @Test
    @DisplayName("Logged, or not known: nothing")
    void nothing() {
        assertEquals("", NotLoggedNotice.text(Optional.empty()));
    }

    @Test
    @DisplayName("A CMS letter: its date, and where to log it")
    void cmsLetter() {
        assertEquals("No letter from the CMS dated 3 Nov 2026 is logged. Log it on the Letters page too, so your "
                + "records show what this letter answers.",
                NotLoggedNotice.text(Optional.of(new NotLogged(From.CMS, NOV_3, Optional.empty()))));
    }

    @Test
    @DisplayName("A CMS letter logged without its date: perhaps that one, to be dated")
    void undated() {
        assertEquals("No letter from the CMS dated 3 Nov 2026 is logged. A letter that came on 6 Nov 2026 is logged "
                + "without the date printed on it. If that is the one, add its date on the Letters page, so your "
                + "records show what this letter answers.", NotLoggedNotice.text(Optional.of(new NotLogged(From.CMS,
                        NOV_3, Optional.of(LocalDate.of(2026, 11, 6))))));
    }

    @Test
    @DisplayName("The parent's own letter, for a chase")
    void ownLetter() {
        assertEquals("No letter of yours dated 3 Nov 2026 is logged. Log it on the Letters page too, so your records "
                + "show which letter this one chases.",
                NotLoggedNotice.text(Optional.of(new NotLogged(From.PARENT, NOV_3, Optional.empty()))));
    }
}
