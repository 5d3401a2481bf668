package uk.cml.ui.letters.write;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.ReplyDates;
import uk.cml.ui.common.Messages;

/**
 * The letter of the same kind the app made before for the same thing, posted or not, so that the writer says so and
 * writing it again starts from the parent's own words in it. The same thing is: for a letter confirming a call, the
 * same call (its log entry names it); for a chasing letter, the same letter chased; for a reply begun from a CMS
 * letter, the same letter answered; for a reconsideration request or a write-off reply begun any other way, nothing
 * (the log cannot tell which decision an earlier one answered); for any other letter, the same case. Plain rules a
 * test drives without a window.
 */
final class MadeBefore {

    private MadeBefore() {
    }

    /** The newest letter in {@code caseLetters} made from {@code template} for the same thing; none if none. */
    static Optional<SentLetter> find(List<SentLetter> caseLetters, LetterTemplate template, LetterFacts facts,
            Optional<Long> answering) {
        if (template == null || facts == null) {
            return Optional.empty();
        }
        Optional<Long> call = LetterTemplates.confirms(template, facts);
        Optional<Long> chased = LetterTemplates.chases(template, facts);
        boolean oneRecord = LetterTemplates.aboutOneRecord(template);
        if (oneRecord && call.isEmpty() && chased.isEmpty() && answering.isEmpty()) {
            return Optional.empty();
        }
        return caseLetters.stream()
                .filter(l -> l.subject().equals(template.fileTitle()) && l.kind() == ReplyDates.kind(template))
                .filter(l -> call.isEmpty() || l.confirmsCall().equals(call))
                .filter(l -> chased.isEmpty() || l.chases().equals(chased))
                .filter(l -> l.inReplyTo().equals(answering) || (oneRecord && answering.isEmpty()))
                .max(Comparator.comparing(SentLetter::written).thenComparing(SentLetter::id));
    }

    /** "You wrote this on 4 Dec 2026 and posted it on 4 Dec 2026." or, not posted, that it is waiting to be. */
    static String said(SentLetter letter) {
        return letter.posted().isPresent()
                ? Messages.text("letters.madeBefore.posted", UkFormats.shortDate(letter.written()),
                        UkFormats.shortDate(letter.posted().get()))
                : Messages.text("letters.madeBefore.notPosted", UkFormats.shortDate(letter.written()));
    }

    /** The same, short, for the list of letters: "written 4 Dec 2026, posted 4 Dec 2026". */
    static String inList(LetterTemplate template, SentLetter letter) {
        return letter.posted().isPresent()
                ? Messages.text("letters.madeBefore.listPosted", template.title(),
                        UkFormats.shortDate(letter.written()), UkFormats.shortDate(letter.posted().get()))
                : Messages.text("letters.madeBefore.listNotPosted", template.title(),
                        UkFormats.shortDate(letter.written()));
    }

    /**
     * The mark for a letter in the list of letters: the one made for the same thing ({@link #find}), else the newest
     * made from it and not posted yet, whatever it is about (a letter about one call or decision the list cannot
     * tell): every letter waiting to be posted is marked, not only those whose subject the list knows.
     */
    static Optional<String> markInList(List<SentLetter> caseLetters, LetterTemplate template, LetterFacts facts,
            Optional<Long> answering) {
        return find(caseLetters, template, facts, answering)
                .or(() -> template == null ? Optional.empty() : caseLetters.stream()
                        .filter(l -> l.posted().isEmpty() && l.subject().equals(template.fileTitle())
                                && l.kind() == ReplyDates.kind(template))
                        .max(Comparator.comparing(SentLetter::written).thenComparing(SentLetter::id)))
                .map(l -> inList(template, l));
    }

    /** What the writer starts from when the letter was made before: the parent's own words, or afresh. */
    static String startsFrom(boolean fromTheirWords) {
        return Messages.text(fromTheirWords ? "letters.madeBefore.fromYourWords" : "letters.madeBefore.afresh");
    }
}
