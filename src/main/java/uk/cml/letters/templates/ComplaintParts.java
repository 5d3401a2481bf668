package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.standing.ComplaintPosition;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.TableColumn;
import uk.cml.letters.templates.ComplaintDetails.Remedy;

/**
 * The parts the complaint letters share: what happened, the effect on the children, the money lost because of the
 * CMS's mistakes or delays, and what the parent wants the CMS to do, with the CMS's own targets for answering.
 * A complaint is as often about delay as about an error, and a loss the other parent's non-payment alone caused is
 * not the CMS's to pay, so the claim names only what the CMS did or failed to do.
 */
final class ComplaintParts {

    static final ComplaintDetails EMPTY = new ComplaintDetails(null, "", "", null, "", null, null, null, "", "");

    private ComplaintParts() {
    }

    static ComplaintDetails of(LetterFacts facts) {
        return facts.complaint().orElse(EMPTY);
    }

    static void whatHappened(DraftWriter w, ComplaintDetails c) {
        whatHappened(w, c, Optional.empty(), c.whatWentWrong());
    }

    /**
     * What happened and what went wrong for a complaint begun without them typed: what happened drafted from the
     * records (the parent's reports of the missed payments and the CMS's letters, each dated, nothing else), for the
     * parent to edit; what went wrong is the parent's to say, with what to write, unless the records themselves say
     * it (no step to collect the arrears heard of since the CMS was told).
     */
    static void whatHappenedFromRecords(DraftWriter w, ComplaintDetails c, boolean noStepHeardOf) {
        whatHappenedFromRecords(w, c, noStepHeardOf, List.of());
    }

    /**
     * The same, with {@code dues} ({@link #duesStillOwed}: a dated line for each due still owed) in what happened:
     * in date order among the calls and letters, or after the words typed. A complaint about collection names
     * the payments it is about, not only their total.
     */
    static void whatHappenedFromRecords(DraftWriter w, ComplaintDetails c, boolean noStepHeardOf,
            List<String> dues) {
        List<String> dealings = withDues(dues, w.facts().reports().dealings(w));
        if (!Text.blank(c.whatHappened()) || c.happenedOn() != null || dealings.isEmpty()) {
            w.subHeading("What happened");
            w.paragraph(typedHappened(w, c));
            if (!dues.isEmpty()) {
                w.paragraph(duesAllOwed(w) ? "By my records, these payments due are still owed:"
                        : "By my records, these payments due were not paid in full on time:");
                w.bullets(dues);
            }
            w.subHeading("What went wrong");
            wentWrongQuoted(w, c.whatWentWrong());
            return;
        }
        w.subHeading("What happened");
        w.paragraph("By my records:");
        w.bullets(dealings);
        w.warn("\u201cWhat happened\u201d is drafted from your records of " + (dues.isEmpty() ? "" : "payments, ")
                + "calls and letters. Check each line, and add anything the records do not hold.");
        w.subHeading("What went wrong");
        // Each promise from the parent's calls not marked kept by its day, one dated line each as "What happened"
        // has them, so a line the parent rewrites is known by its day when the letter is drafted again.
        // With each letter posted to the CMS that got no reply by its reply date, in date order among them.
        List<String> promises = withDues(unansweredLines(w), w.facts().reports().promiseLines(w));
        // The first telling counts from a call the parent answered Yes on, or the day a letter counts as delivered
        // (not posted): one the CMS is not yet deemed to have, or has had only since today, is no ground for saying
        // nothing was done.
        Optional<LocalDate> firstTold = noStepHeardOf
                ? w.facts().reports().firstTold(w.facts().deadlines()).filter(d -> d.isBefore(w.facts().letterDate()))
                : Optional.empty();
        if (!Text.blank(c.whatWentWrong())) {
            w.paragraph(Text.ownSentence(c.whatWentWrong()));
        } else if (firstTold.isPresent() || !promises.isEmpty()) {
            firstTold.ifPresent(first -> w.paragraph("Since I first told you of the missed payments, on "
                    + w.date(first) + ", I have had no word from you of any enforcement action to collect the "
                    + "arrears."));
            w.bullets(promises);
            w.warn("\u201cWhat went wrong\u201d says only what your records show. Add in your own words what the CMS "
                    + "did or failed to do, and when: a promise not kept, a letter not answered by the date you "
                    + "asked, or a step it said it would take and did not.");
        } else {
            w.paragraph(w.missing("what the CMS did or failed to do, and when: a promise not kept, a letter not "
                    + "answered by the date you asked, or a step it said it would take and did not"));
        }
    }

    /**
     * "7 Jul 2026: my letter of that day got no reply by 27 Jul 2026.", for each letter
     * posted to the CMS whose reply date has passed with no reply logged (as the Letters page and Where it stands
     * show it): dated as the promise lines are, so both sort by day and a line the parent rewrites is known by it.
     */
    private static List<String> unansweredLines(DraftWriter w) {
        return w.facts().repliesAwaited().unansweredByCms().stream()
                .filter(a -> a.replyBy().isBefore(w.facts().letterDate()))
                .map(a -> w.date(a.postedOn()) + ": my letter of that day got no reply by " + w.date(a.replyBy())
                        + ".").toList();
    }

    /**
     * The sentence the other letters print beside their tables of dues ({@link ArrearsAnnex#matching}), for a letter
     * naming {@code dues} (from {@link #duesStillOwed}) when what they say rests on how the money was matched: a line
     * naming a piece of a later payment, or a due short when paid that the matching has since cleared and so is not
     * named, reads as false against a bank statement without it. Said after the figure owed, not in "What happened":
     * a review reads what happened back from the complaint's copy (PrintedComplaint) and quotes it. Nothing when no
     * due is named.
     */
    static void howMatched(DraftWriter w, List<String> dues) {
        if (!dues.isEmpty()) {
            // The complaint has no table: the words the rule explains are in its lines under "What happened".
            ArrearsAnnex.matching(w.facts().arrears(), "its line under \"What happened\" says")
                    .ifPresent(w::paragraph);
        }
    }

    /** At most this many dues still owed are named one by one, the most recent; the rest are given as one figure. */
    static final int DUES_NAMED = 6;

    /**
     * The dues listed ({@link ArrearsDetails#lines()}) not paid in full on time that the CMS knows of (under Collect
     * and Pay it collected them; under Direct Pay only those a report on record named): those still owed something,
     * and those paid in full but late, as the complaint is about what happened, not only what is owed now. One dated
     * line each, oldest first, in the words of the letters' tables ({@link uk.cml.domain.arrears.DayOffWords#status}):
     * "31 Mar 2026: £310.00 was due. Nothing received. Still owed on it: £310.00.", "30 Apr 2026: £310.00 was due.
     * Arrived late (3 days)." At most {@link #DUES_NAMED}, the most recent; what else of the figure owed now is owed
     * comes first as one line ("Before 31 Mar 2026: £50.00 still owed on earlier payments due."), so the lines add up
     * to it. Empty when the records show nothing owed.
     */
    static List<String> duesStillOwed(DraftWriter w) {
        ArrearsDetails arrears = w.facts().arrears();
        if (arrears.asOf() == null || !arrears.owedNow().isPositive()) {
            return List.of();
        }
        List<uk.cml.domain.arrears.ScheduleLine> named = named(arrears);
        if (named.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        Money rest = arrears.owedNow();
        for (uk.cml.domain.arrears.ScheduleLine line : named) {
            rest = rest.minus(line.shortBy());
            lines.add(w.date(line.date()) + ": " + line.due().format() + " was due. "
                    + Text.ownSentence(ArrearsAnnex.rowStatus(line))
                    + (line.partsNamed() || !line.status().isShort() ? ""
                    : " Still owed on it: " + line.shortBy().format() + "."));
        }
        if (rest.isPositive()) {
            LocalDate first = named.get(0).date();
            LocalDate last = named.get(named.size() - 1).date();
            List<uk.cml.domain.arrears.ScheduleLine> others = arrears.shortLines().stream()
                    .filter(line -> !named.contains(line)).toList();
            Money owedOnLater = others.stream().filter(line -> line.date().isAfter(last))
                    .map(uk.cml.domain.arrears.ScheduleLine::shortBy).reduce(Money.ZERO, Money::plus);
            boolean allEarlier = others.stream().allMatch(line -> line.date().isBefore(first));
            if (allEarlier) {
                // What the tables sent with it show owed before the first named (the balance the day before it), and
                // what of it later money has paid off since, each said for what it is (reviewer, rv8: £496.08 here
                // beside £521.08 in the tables read as one figure differing between letters).
                Money wasOwed = owedBefore(arrears, first);
                lines.add(0, "Before " + w.date(first) + ": " + (wasOwed.compareTo(rest) > 0 ? wasOwed.format()
                        + " was owed on earlier payments due; " + rest.format() + " of it is still owed now, after "
                        + "later payments." : rest.format() + " still owed on earlier payments due."));
            } else if (owedOnLater.equals(rest)) {
                // Dues after those named (Direct Pay ones no report on record named yet): one line, at its place by
                // date, that says which payments it is about, so the reader can find them on a statement.
                List<uk.cml.domain.arrears.ScheduleLine> later = others.stream()
                        .filter(line -> line.date().isAfter(last)).toList();
                LocalDate from = later.get(0).date();
                LocalDate to = later.get(later.size() - 1).date();
                lines.add(from.equals(to) ? w.date(from) + ": " + rest.format() + " still owed on the payment due then."
                        : "Payments due from " + w.date(from) + " to " + w.date(to) + ": " + rest.format()
                                + " still owed on them.");
            } else {
                LocalDate from = others.isEmpty() ? first : others.get(0).date();
                LocalDate to = others.isEmpty() ? last : others.get(others.size() - 1).date();
                lines.add(0, others.isEmpty() ? "Other payments due: " + rest.format() + " still owed on them."
                        : "Other payments due from " + w.date(from) + " to " + w.date(to) + ": " + rest.format()
                                + " still owed on them.");
            }
        }
        return lines;
    }

    /** The balance at the end of the day before {@code day}: the listed due before it's, else what was owed at the start. */
    private static Money owedBefore(ArrearsDetails arrears, LocalDate day) {
        return arrears.lines().stream().filter(line -> line.date().isBefore(day)).reduce((a, b) -> b)
                .map(uk.cml.domain.arrears.ScheduleLine::balanceAfter).orElse(arrears.owedAtStart());
    }

    /**
     * The dues listed still owed something, or paid in full but with money that arrived late (all of it, or a part,
     * as the Payments page shows them late), oldest first.
     */
    private static List<uk.cml.domain.arrears.ScheduleLine> notOnTime(ArrearsDetails arrears) {
        return arrears.lines().stream().filter(line -> line.status().isShort()
                || line.status() == uk.cml.domain.arrears.LineStatus.PAID_LATE
                || (line.status() == uk.cml.domain.arrears.LineStatus.PAID && line.arrivedLate())).toList();
    }

    /**
     * The dues {@link #duesStillOwed} names: those the CMS knows of, the most recent {@link #DUES_NAMED}; then those
     * due after them paid in full but late, so a list led in as the payments "not paid in full on time" leaves out
     * none the Payments page shows late (reviewer, rv8). Those after them still owed something are one line of their
     * own ({@link #duesStillOwed}), as the report names them one by one.
     */
    private static List<uk.cml.domain.arrears.ScheduleLine> named(ArrearsDetails arrears) {
        List<uk.cml.domain.arrears.ScheduleLine> reported = arrears.alreadyReported();
        List<uk.cml.domain.arrears.ScheduleLine> known = notOnTime(arrears).stream()
                .filter(line -> line.collectAndPay() || reported.contains(line)).toList();
        if (known.isEmpty()) {
            return known;
        }
        LocalDate last = known.get(known.size() - 1).date();
        List<uk.cml.domain.arrears.ScheduleLine> named = new ArrayList<>(mostRecentPreferringOwed(known));
        notOnTime(arrears).stream().filter(line -> line.date().isAfter(last) && !line.status().isShort())
                .forEach(named::add);
        return named;
    }

    /**
     * At most {@link #DUES_NAMED} of {@code known} (in date order), in date order: when there are more, those still
     * owed something first, the most recent, then the most recent paid in full but late. A complaint is first about
     * what is still owed: the six most recent alone named weeks paid in full a few days late and pushed a part
     * payment and two missed weeks before them into one "Before ..." line (reviewer rv9). What else is owed is still
     * that line, so the lines add up to the figure owed.
     */
    private static List<uk.cml.domain.arrears.ScheduleLine> mostRecentPreferringOwed(
            List<uk.cml.domain.arrears.ScheduleLine> known) {
        if (known.size() <= DUES_NAMED) {
            return known;
        }
        java.util.Set<uk.cml.domain.arrears.ScheduleLine> chosen = new java.util.HashSet<>();
        for (int i = known.size() - 1; i >= 0 && chosen.size() < DUES_NAMED; i--) {
            if (known.get(i).status().isShort()) {
                chosen.add(known.get(i));
            }
        }
        for (int i = known.size() - 1; i >= 0 && chosen.size() < DUES_NAMED; i--) {
            chosen.add(known.get(i));
        }
        return known.stream().filter(chosen::contains).toList();
    }

    /** Whether every due {@link #duesStillOwed} names is still owed something (none paid in full, late). */
    private static boolean duesAllOwed(DraftWriter w) {
        return named(w.facts().arrears()).stream().allMatch(line -> line.status().isShort());
    }

    /** {@code dues} and {@code dealings}, each dated line at its place by date; a line with no date stays first. */
    private static List<String> withDues(List<String> dues, List<String> dealings) {
        List<String> items = new ArrayList<>(dues);
        for (String line : dealings) {
            Optional<LocalDate> on = day(line);
            int at = 0;
            while (at < items.size() && (on.isEmpty() || placeDay(items.get(at)).map(d -> !d.isAfter(on.get()))
                    .orElse(true))) {
                at++;
            }
            items.add(at, line);
        }
        return items;
    }

    /**
     * " By my records, Jordan owed £1,162.00 in arrears on 5 Dec 2026.", with a space before it, as a complaint says
     * what is owed (and a review of it again): under Collect and Pay what had not reached the parent, said as such;
     * "" when the records show nothing owed now.
     */
    static String owed(DraftWriter w) {
        ArrearsDetails arrears = w.facts().arrears();
        if (!arrears.owedNow().isPositive()) {
            return "";
        }
        // Under Collect and Pay the records show what the CMS passed on, not what the other parent paid it.
        boolean collects = w.facts().arrangementToday() == uk.cml.domain.caseinfo.Arrangement.COLLECT_AND_PAY;
        return collects
                ? " By my records, " + arrears.owedNow().format() + " of the child maintenance due to me "
                // With a fee, the figure before it is outstanding and what should have reached me is said apart.
                + (arrears.owedAfterFee().equals(arrears.owedNow()) ? "had not reached me" : "was outstanding")
                + " on " + w.date(arrears.asOf())
                + ArrangementWords.shouldHaveReachedMe(arrears.owedNow(), arrears.owedAfterFee(), "your", "had")
                + ". I do not know whether it was not collected from "
                + w.otherParent() + ", or was collected and not passed on to me."
                : " By my records, " + w.otherParent() + " owed " + arrears.owedNow().format() + " in arrears on "
                + w.date(arrears.asOf()) + ".";
    }

    /**
     * What a review says its complaint is about: what happened as the complaint said it ({@link #quoted}), with the
     * parent's letters to the CMS about the missed payments posted by the complaint's day ({@code upTo}) that its
     * list does not name, each by its date and subject in the line "What happened" drafts for it, at its place by
     * date. A day the complaint's own list already names a posted letter for is left as the complaint says it, so
     * no letter is told twice. Nothing of what happened known, the letters alone, from the records.
     */
    static void happenedWithLetters(DraftWriter w, Optional<String> happened, LocalDate upTo) {
        List<String> letters = w.facts().reports().postedLines(w, upTo);
        if (happened.isEmpty()) {
            if (!letters.isEmpty()) {
                w.paragraph("By my records:");
                w.bullets(letters);
                w.warn("Your letters to the CMS about the missed payments are listed from your records. Check each "
                        + "line, and add what happened in your own words.");
            }
            return;
        }
        String[] parts = happened.get().split("\\s*\u2022\\s*", -1);
        List<String> items = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                items.add(parts[i].strip());
            }
        }
        List<String> added = letters.stream().filter(line -> !items.contains(line))
                .filter(line -> items.stream().noneMatch(item -> day(item).isPresent()
                        && day(item).equals(day(line)) && item.contains(" posted "))).toList();
        if (items.isEmpty()) {
            quoted(w, happened.get());
            if (!added.isEmpty()) {
                w.paragraph("The letters I posted to you about the missed payments:");
                w.bullets(added);
            }
        } else {
            for (String line : added) {
                LocalDate on = day(line).orElseThrow();
                int at = 0;
                while (at < items.size() && day(items.get(at)).map(d -> !d.isAfter(on)).orElse(true)) {
                    at++;
                }
                items.add(at, line);
            }
            if (!parts[0].isBlank()) {
                w.paragraph(parts[0].strip());
            }
            w.bullets(items);
        }
        if (!added.isEmpty()) {
            w.warn("Your letters to the CMS about the missed payments, posted by the day of your complaint, are added "
                    + "to what your complaint said happened. Check each line.");
        }
    }

    /** The day a dated line begins with, "12 Nov 2026: ..."; empty when it begins with none. */
    /**
     * Where a line of "What happened" goes by date: its own day, or for "Before 28 Jun 2026: ..." (what is owed on
     * dues before those named) that day, so a call or letter dated before it is listed before it, not after
     * (reviewer, rv6: "Before 28 Jun 2026" printed above "16 Jun 2026"); first only if all else is later.
     */
    private static Optional<LocalDate> placeDay(String line) {
        String before = "Before ";
        return line.startsWith(before) ? day(line.substring(before.length())) : day(line);
    }

    private static Optional<LocalDate> day(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(line.substring(0, colon).strip(), uk.cml.domain.UkFormats.SHORT_DATE));
        } catch (java.time.format.DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    /**
     * What went wrong as a review or ICE letter gives it: the words as typed or read from the complaint, its drafted
     * lines (one for each promise not kept) as a list again, never as bullets inside a paragraph.
     */
    static void wentWrongQuoted(DraftWriter w, String wentWrong) {
        String words = w.need(wentWrong, "what the CMS did wrong");
        if (words.contains("\u2022")) {
            quoted(w, words);
        } else {
            w.paragraph(Text.ownSentence(words));
        }
    }

    /**
     * The effect on the children as the complaint this letter is about says it (read from its kept copy, under its
     * heading for the same children), when it is whole: the review carries it over, for the parent to edit, rather
     * than ask for it again. Otherwise as {@link #effectOnChildren} drafts it.
     */
    static void effectFromComplaint(DraftWriter w, ComplaintDetails c, ComplaintPosition position,
            String complained) {
        String heading = "The effect on " + w.children();
        String onRecord = w.facts().reports().effect();
        boolean same = c.complainedOn() == null || position.complainedOn().equals(Optional.of(c.complainedOn()));
        if (!same || !w.facts().arrears().showsMoneyOwed() || !onRecord.startsWith(heading + " ")) {
            effectOnChildren(w);
            return;
        }
        w.subHeading(heading);
        quoted(w, onRecord.substring(heading.length()).strip());
        w.warn("The effect on " + w.children() + " is taken from your complaint of " + complained + ", as your "
                + "records keep it. Check it still says what you mean.");
    }

    /**
     * The same, with what happened as the complaint on record says it when given ({@link #happened}: its words
     * as printed, with the day the problem began), and what went wrong as given ({@link #wentWrong}: typed, or from
     * the complaint on record).
     */
    static void whatHappened(DraftWriter w, ComplaintDetails c, Optional<String> happenedOnRecord, String wentWrong) {
        w.subHeading("What happened");
        if (happenedOnRecord.isPresent()) {
            quoted(w, happenedOnRecord.get());
        } else {
            w.paragraph(typedHappened(w, c));
        }
        w.subHeading("What went wrong");
        wentWrongQuoted(w, wentWrong);
    }

    /**
     * What happened as read back from the complaint letter on record ({@link PrintedComplaint}), written again as the
     * complaint printed it: its drafted list ("By my records:" and a dated line for each call and letter), which reads
     * back as one run of words with a bullet before each line, goes in as that lead-in and a list again, never as a
     * paragraph with the bullets inside it.
     */
    static void quoted(DraftWriter w, String happened) {
        String[] parts = happened.split("\\s*\u2022\\s*", -1);
        List<String> items = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                items.add(parts[i].strip());
            }
        }
        if (items.isEmpty()) {
            w.paragraph(happened);
            return;
        }
        if (!parts[0].isBlank()) {
            w.paragraph(parts[0].strip());
        }
        w.bullets(items);
    }

    /** "The problem began on 22 August 2026. Payments stopped.", as typed; a gap for what happened if not. */
    private static String typedHappened(DraftWriter w, ComplaintDetails c) {
        String when = c.happenedOn() == null ? "" : "The problem began on " + w.date(c.happenedOn()) + ". ";
        return when + Text.ownSentence(w.need(c.whatHappened(), "what happened"));
    }

    /**
     * What happened, as the parent's complaint letter in the records says it (read from its kept copy, with the day
     * the problem began as that letter gives it), when nothing of it is typed here (neither what happened nor the
     * day) and that letter is the complaint this letter is about; the parent is told where the words came from, so
     * they can check them. Empty otherwise: then what is typed is used, as {@link #whatHappened} does.
     */
    static Optional<String> happened(DraftWriter w, ComplaintDetails c, ComplaintPosition position,
            String complained) {
        String onRecord = w.facts().reports().whatHappened();
        boolean same = c.complainedOn() == null || position.complainedOn().equals(Optional.of(c.complainedOn()));
        if (!Text.blank(c.whatHappened()) || c.happenedOn() != null || onRecord.isEmpty() || !same) {
            return Optional.empty();
        }
        w.warn("What happened is taken from your complaint of " + complained + ", as your records keep it. Check "
                + "it still says what you mean.");
        return Optional.of(onRecord);
    }

    /** What happened for a later letter: as the complaint on record says it, or as typed; empty if neither. */
    static Optional<String> happenedIfKnown(DraftWriter w, ComplaintDetails c, ComplaintPosition position,
            String complained) {
        Optional<String> onRecord = happened(w, c, position, complained);
        if (onRecord.isPresent() || Text.blank(c.whatHappened())) {
            return onRecord;
        }
        return Optional.of(typedHappened(w, c));
    }

    /**
     * What the CMS did wrong: as the parent typed it here, or else as their complaint letter in the records says it
     * (read from its kept copy), when that letter is the complaint this letter is about (a review, or ICE). The parent is told where
     * the words came from, so they can check them.
     */
    static String wentWrong(DraftWriter w, ComplaintDetails c, ComplaintPosition position,
            String complained) {
        String onRecord = w.facts().reports().wentWrong();
        boolean same = c.complainedOn() == null || position.complainedOn().equals(Optional.of(c.complainedOn()));
        if (!Text.blank(c.whatWentWrong()) || onRecord.isEmpty() || !same) {
            return c.whatWentWrong();
        }
        w.warn("What your complaint is about is taken from your complaint of " + complained + ", as your records "
                + "keep it. Check it still says what you mean.");
        return onRecord;
    }


    /**
     * The seed asks complaints to say how the missing money affects the child; the notes say how. Only when the
     * records show money owed: otherwise the complaint stands on its own grounds, with no claim that maintenance
     * has not been paid, and the section is left out (nothing is asked for it either).
     */
    static void effectOnChildren(DraftWriter w) {
        if (!w.facts().arrears().showsMoneyOwed()) {
            leftOut(w);
            return;
        }
        w.subHeading("The effect on " + w.children());
        List<String> notes = w.facts().effectOnChild();
        if (notes.isEmpty()) {
            boolean one = w.facts().caseDetails().childrenFirstNames().size() == 1;
            w.paragraph(w.missing("how the missing money affects your " + (one ? "child" : "children")));
        } else {
            becauseNotPaid(w, notes);
        }
    }

    /** The lead-in to the parent's notes of the effect on the children. */
    static final String EFFECT_LEAD_IN = "How this has affected us:";

    /** "How this has affected us:" and the notes, only when the records show money owed. */
    static void becauseNotPaid(DraftWriter w, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        if (!w.facts().arrears().showsMoneyOwed()) {
            leftOut(w);
            return;
        }
        // A neutral lead-in: the notes say in the parent's words why, and "Because the maintenance has not been
        // paid:" over "... because the maintenance has not come." said it twice (reviewer, rv8).
        w.paragraph(EFFECT_LEAD_IN);
        w.bullets(notes.stream().map(Text::sentence).toList());
    }

    /** Tells the parent why their notes on the effect on the children are not in the letter. */
    private static void leftOut(DraftWriter w) {
        if (!w.facts().effectOnChild().isEmpty()) {
            w.warn("Your notes on the effect on your children are left out: your payment records show nothing "
                    + "owed and no missed or part payment, so the letter does not say the maintenance has not been "
                    + "paid. If money is owed, record the payments due on the Payments page first.");
        }
    }

    /**
     * The CMS's targets, as the first two requests of a complaint, dated from the calendar. Said as what the parent
     * understands the CMS aims for: the facts source them to advice services (OPFS, sharedparenting.scot), not to a
     * CMS publication, so the letter never calls them the CMS's "published" targets.
     */
    static List<String> targets(DraftWriter w, String what) {
        Deadlines deadlines = w.facts().deadlines();
        LocalDate letterDate = w.facts().letterDate();
        PostingMethod postedBy = w.postedBy();
        // The CMS's targets run from when it receives the letter, and both requests say so (a reader counting from
        // the letter's date would expect the reply days earlier): the dates printed hold only for this posting.
        String how = w.postedByInWords();
        // Dated when Post Offices are closed (UkCalendar#postOfficesOpen), they count from the first day Post Offices open, which it names.
        LocalDate postingDay = deadlines.postingDay(letterDate, postedBy);
        w.warn("The dates this letter gives the CMS count from posting it " + how + " on "
                + (postingDay.equals(letterDate) ? w.date(postingDay)
                        : CalendarText.weekday(postingDay) + " " + w.date(postingDay) + ", "
                                + Deadlines.FIRST_OPEN_DAY)
                + ". Post it " + how + " that day. Posted later, it reaches the CMS later and its targets fall later "
                + "than the letter says: make the letter again on the day you post it.");
        return List.of(
                "Acknowledge this " + what + " by " + w.date(deadlines.complaintAcknowledgeBy(letterDate, postedBy))
                        + ". I understand you aim to acknowledge a complaint within "
                        + deadlines.complaintAcknowledgeWorkingDays() + " working days of receiving it.",
                "Send me your full reply by " + w.replyBy(deadlines.complaintReplyBy(letterDate, postedBy))
                        + ". I understand you aim to reply within " + deadlines.complaintWorkingDays()
                        + " working days of receiving a complaint.");
    }

    /** What the parent wants the CMS to do, each as a sentence addressed to the CMS. */
    static List<String> remedies(DraftWriter w, ComplaintDetails c) {
        List<String> items = new ArrayList<>();
        if (c.wants().contains(Remedy.ACTION) || !c.actionWanted().isEmpty()) {
            items.add(Text.ownSentence(w.need(c.actionWanted(), "what you want the CMS to do")));
        }
        if (c.wants().contains(Remedy.EXPLANATION)) {
            items.add("Explain in writing why this happened.");
        }
        if (c.wants().contains(Remedy.APOLOGY)) {
            items.add("Apologise in writing for the way my case has been handled.");
        }
        if (!w.facts().losses().isEmpty()) {
            items.add("Pay me " + claimed(w) + " for the money I lost because of the CMS's "
                    + "mistakes or delays, set out under \"Money I lost\". This claim is for my actual losses.");
        }
        if (c.wants().contains(Remedy.COMPENSATION)) {
            items.add("Consider a consolatory payment for the distress and inconvenience this has caused"
                    + (w.facts().losses().isEmpty() ? "." : ", separate from my claim for the money I lost."));
        }
        if (items.isEmpty()) {
            items.add(w.missing("what you want done about your complaint"));
        }
        return items;
    }

    /** The claim for money lost: each amount with how it was worked out, and the total. */
    static void moneyLost(DraftWriter w) {
        List<LossItem> losses = w.facts().losses();
        if (losses.isEmpty()) {
            return;
        }
        w.subHeading("Money I lost");
        // Ending in a colon makes it a lead-in, kept on the page with the table's opening rows (BodyWriter).
        w.paragraph("I lost these amounts because of the CMS's mistakes or delays in my case, each shown with how it "
                + "was worked out:");
        List<List<String>> rows = new ArrayList<>();
        for (LossItem loss : losses) {
            rows.add(List.of(w.need(loss.what(), "what the loss was"),
                    w.need(loss.howWorkedOut(), "how the loss was worked out"),
                    w.needMoney(loss.amount(), "the amount lost")));
        }
        w.table(new LetterBlock.Table(List.of(TableColumn.left("What I lost", 1.4),
                TableColumn.left("How it was worked out", 2), TableColumn.right("Amount", 0.8)),
                rows, List.of("Total", "", claimed(w))));
    }

    /** The total claimed, or the missing amount's marker while any amount is not given: never a total short of it. */
    private static String claimed(DraftWriter w) {
        boolean allGiven = w.facts().losses().stream().allMatch(loss -> loss.amount() != null);
        return allGiven ? lossTotal(w.facts()).format() : w.missing("the amount lost");
    }

    static Money lossTotal(LetterFacts facts) {
        Money total = Money.ZERO;
        for (LossItem loss : facts.losses()) {
            if (loss.amount() != null) {
                total = total.plus(loss.amount());
            }
        }
        return total;
    }
}
