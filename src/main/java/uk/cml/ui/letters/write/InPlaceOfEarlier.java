package uk.cml.ui.letters.write;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import uk.cml.domain.UkFormats;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterFrame;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.ReplyDates;
import uk.cml.ui.common.Messages;

/**
 * Whether the letter about to be made takes the place of the same letter made earlier and not sent yet: the same
 * letter (title and kind) on the case, answering the same CMS letter, with nothing of its sending recorded, whatever
 * name and address it had (the address for a letter changes, the letter and its purpose do not: two left live would
 * be two letters to post and two to-dos). When the addresses differ the notice names both. A letter confirming a call is offered the one its log entry names as about the same call. Otherwise a
 * letter about one call, letter or decision is offered only the letter "Make it again" began from (and never one
 * that names another call): the log cannot tell which one any other earlier letter was about. The writer says so in its form; the parent can keep both instead, beside its buttons. A letter whose posting is
 * recorded is never offered. Plain state a test drives without a window.
 */
final class InPlaceOfEarlier {

    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final BooleanProperty keepBoth = new SimpleBooleanProperty(false);
    private List<SentLetter> notSent = List.of();
    private Optional<SentLetter> earlier = Optional.empty();
    /** Where the letter on screen goes, on one line: "" when not known. */
    private String goesTo = "";
    /** The letter "Make it again" began from, if it did: the one a letter about one record replaces. */
    private Optional<Long> remaking = Optional.empty();

    InPlaceOfEarlier() {
        keepBoth.addListener((o, was, now) -> say());
    }

    /** The case's letters as the log holds them now (any order); only those with nothing of their sending count. */
    void letters(List<SentLetter> caseLetters) {
        notSent = caseLetters.stream().filter(SentLetter::nothingOfSendingRecorded)
                .sorted(java.util.Comparator.comparing(SentLetter::written).thenComparing(SentLetter::id).reversed())
                .toList();
    }

    /** Finds the earlier letter the one on screen would replace, the newest if more than one; none if none fits. */
    void match(LetterTemplate template, LetterFacts facts, Optional<Long> answering) {
        Optional<SentLetter> found = Optional.empty();
        if (template != null && facts != null && LetterTemplates.aboutOneRecord(template)) {
            // A letter confirming a call names its call in the log: the newest about the same call. Otherwise only the
            // letter the parent began from, unless it names another call: which call or letter any other was about,
            // the log cannot tell.
            Optional<Long> call = LetterTemplates.confirms(template, facts);
            found = call.flatMap(id -> notSent.stream().filter(l -> same(l, template)
                            && l.confirmsCall().equals(Optional.of(id))).findFirst())
                    .or(() -> remaking.flatMap(id -> notSent.stream().filter(l -> l.id() == id && same(l, template)
                            && (l.confirmsCall().isEmpty() || l.confirmsCall().equals(call))).findFirst()));
        } else if (template != null && facts != null) {
            found = notSent.stream().filter(l -> same(l, template) && l.inReplyTo().equals(answering)).findFirst();
        }
        goesTo = template == null || facts == null ? ""
                : oneLine(LetterFrame.recipientLines(template.recipientRole(facts), facts));
        if (!found.map(SentLetter::id).equals(earlier.map(SentLetter::id))) {
            keepBoth.set(false); // another letter found: the parent's choice was about the last one
        }
        earlier = found;
        say();
    }

    /** The same letter as {@code template} makes: its title and kind. */
    private static boolean same(SentLetter letter, LetterTemplate template) {
        return letter.subject().equals(template.fileTitle()) && letter.kind() == ReplyDates.kind(template);
    }

    /**
     * The logged call the letter "Make it again" began from confirms, when its log entry names one: the call the
     * writer chooses for the new letter.
     */
    Optional<Long> remadeCall() {
        return remaking.flatMap(id -> notSent.stream().filter(l -> l.id() == id).findFirst())
                .flatMap(SentLetter::confirmsCall);
    }

    /** The letter not posted yet that "Make it again" began from; empty when begun any other way. */
    void remaking(Optional<Long> earlierId) {
        remaking = earlierId;
    }

    /** Nothing to replace (another case, nothing on screen). */
    void clear() {
        notSent = List.of();
        remaking = Optional.empty();
        match(null, null, Optional.empty());
    }

    /** The earlier letter the new one replaces when made: none if none fits, or the parent keeps both. */
    Optional<Long> replacing() {
        return keepBoth.get() ? Optional.empty() : earlier.map(SentLetter::id);
    }

    /** Whether there is an earlier letter to replace (the choice to keep both is shown only then). */
    boolean found() {
        return earlier.isPresent();
    }

    /** The sentence said in the form; "" when there is nothing to replace. */
    ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    /** Ticked: the new letter is made as well as the earlier one, which stays to post. */
    BooleanProperty keepBoth() {
        return keepBoth;
    }

    private void say() {
        notice.set(earlier.map(l -> {
            String was = oneLine(List.of(l.to().name(), l.to().address()));
            // An address still a blank to fill in ("[the address to send it to]") is no address to name.
            if (was.isEmpty() || goesTo.isEmpty() || was.equals(goesTo) || was.contains("[") || goesTo.contains("[")) {
                return Messages.text(keepBoth.get() ? "letters.inPlaceOf.keptBoth" : "letters.inPlaceOf.willReplace",
                        UkFormats.shortDate(l.written()));
            }
            return Messages.text(keepBoth.get() ? "letters.inPlaceOf.keptBothElsewhere"
                    : "letters.inPlaceOf.willReplaceElsewhere", UkFormats.shortDate(l.written()), was, goesTo);
        }).orElse(""));
    }

    /** A name and address on one line, its lines joined by commas: "Child Maintenance Service, PO Box 249, …". */
    private static String oneLine(List<String> lines) {
        return lines.stream().flatMap(String::lines).map(String::strip).filter(x -> !x.isEmpty())
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
