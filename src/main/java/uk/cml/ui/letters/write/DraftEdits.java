package uk.cml.ui.letters.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.templates.LetterDraft;

/**
 * The parent's changes to a letter's wording, kept when the same letter is drafted again from the records (the page
 * shown again after a payment was recorded, a loss added to a complaint), so nothing they typed is lost.
 *
 * <p>A changed block goes where the same words stand in the fresh draft. If the records changed those words, it goes
 * in the place of the same kind of block (the second paragraph for the second paragraph), when the fresh draft has as
 * many of that kind, and the parent is asked to check it. A list keeps the parent's items, drops those the records no
 * longer give, and gains those they now give (a complaint's "Pay me" line once a loss is added).
 */
final class DraftEdits {

    /** How the parent's changes went into the fresh draft. */
    enum Outcome {
        /** Every change is in, in words the records have not changed. */
        ALL_KEPT,
        /** Every change is in, but the records changed the words of something the parent had changed. */
        KEPT_CHECK,
        /** The fresh draft has no place for some change (its parts changed): those words were not kept. */
        SOME_LOST
    }

    /**
     * @param lost     the words of each change the fresh draft had no place for, for the parent to copy back
     * @param heldBack lines the records now give for a day the parent's own line in the same list already covers
     *                 (a complaint's "What happened": "12 Nov 2026: ..."), left out so the day is not printed twice,
     *                 shown to the parent to check their line against
     */
    record Carried(String heading, List<LetterBlock> body, Outcome outcome, List<String> lost,
                   List<String> heldBack) {
        Carried(String heading, List<LetterBlock> body, Outcome outcome, List<String> lost) {
            this(heading, body, outcome, lost, List.of());
        }
    }


    /** The words as drafted from the records, which the parent changed; null for no changes. */
    private final Words drafted;
    private final String heading;
    private final List<LetterBlock> edited;

    private DraftEdits(Words drafted, String heading, List<LetterBlock> edited) {
        this.drafted = drafted;
        this.heading = heading;
        this.edited = List.copyOf(edited);
    }

    /** No changes: the fresh draft as it is. */
    static DraftEdits none() {
        return new DraftEdits(null, "", List.of());
    }

    /** The changes from {@code drafted} to the heading and blocks as the parent has them (one block for each). */
    static DraftEdits of(LetterDraft drafted, String heading, List<LetterBlock> edited) {
        return drafted == null ? none() : between(new Words(drafted.heading(), drafted.body()),
                new Words(heading, edited));
    }

    /** The changes from the words as drafted to the words as the parent has them (as kept through a restart). */
    static DraftEdits between(Words drafted, Words now) {
        if (now.body().size() != drafted.body().size()) {
            return none();
        }
        return new DraftEdits(drafted, now.heading(), now.body());
    }

    /** The words as drafted from the records, before the parent's changes; empty words for none. */
    Words drafted() {
        return drafted == null ? new Words("", List.of()) : drafted;
    }

    /** The letter's words as the parent has them: the heading and each block. */
    record Words(String heading, List<LetterBlock> body) {
    }

    Words words() {
        return new Words(heading, edited);
    }

    boolean any() {
        return drafted != null && (!heading.equals(drafted.heading()) || !edited.equals(drafted.body()));
    }

    Carried carryInto(LetterDraft fresh) {
        if (!any()) {
            return new Carried(fresh.heading(), fresh.body(), Outcome.ALL_KEPT, List.of());
        }
        Outcome outcome = Outcome.ALL_KEPT;
        String newHeading = fresh.heading();
        if (!heading.equals(drafted.heading())) {
            newHeading = heading;
            outcome = fresh.heading().equals(drafted.heading()) ? outcome : Outcome.KEPT_CHECK;
        }
        List<LetterBlock> body = new ArrayList<>(fresh.body());
        Set<Integer> taken = new HashSet<>();
        List<Integer> unplaced = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        List<String> heldBack = new ArrayList<>();
        // Changes whose words still stand first, so a block the records changed cannot take their place.
        for (int i = 0; i < edited.size(); i++) {
            if (changed(i)) {
                int at = sameWords(fresh.body(), drafted.body().get(i), taken);
                if (at >= 0) {
                    taken.add(at);
                    body.set(at, edited.get(i));
                } else {
                    unplaced.add(i);
                }
            }
        }
        for (int i : unplaced) {
            int at = samePlace(fresh.body(), i, taken);
            if (at < 0) {
                outcome = Outcome.SOME_LOST;
                lost.add(words(edited.get(i)));
                continue;
            }
            taken.add(at);
            LetterBlock merged = merged(drafted.body().get(i), edited.get(i), fresh.body().get(at));
            body.set(at, merged);
            heldBack.addAll(heldBack(drafted.body().get(i), edited.get(i), fresh.body().get(at)));
            if (outcome == Outcome.ALL_KEPT && !isList(merged)) {
                outcome = Outcome.KEPT_CHECK;
            }
        }
        holdBackToldInOwnWords(body, taken, heldBack);
        if (!heldBack.isEmpty() && outcome == Outcome.ALL_KEPT) {
            outcome = Outcome.KEPT_CHECK;
        }
        return new Carried(newHeading, body, outcome, lost, heldBack);
    }

    private static final java.util.regex.Pattern A_DAY = java.util.regex.Pattern.compile(
            "\\b\\d{1,2}\\s\\p{Lu}\\p{Ll}{2}\\s\\d{4}\\b");

    /**
     * The records' new dated lines (a complaint's promise not kept: "17 Nov 2026: ... by 19 Nov 2026: ...") left out
     * of the fresh draft's lists the parent did not change, when a paragraph the parent rewrote names a day of the
     * line that the words as drafted did not ("On 17 Nov 2026 you promised a callback by 19 Nov 2026. Nobody did."):
     * their words tell it already, and the line would print it twice. Each is shown to the parent to check.
     */
    private void holdBackToldInOwnWords(List<LetterBlock> body, Set<Integer> taken, List<String> heldBack) {
        Set<String> ownDays = new HashSet<>();
        for (int i = 0; i < edited.size(); i++) {
            if (changed(i) && edited.get(i) instanceof LetterBlock.Paragraph mine
                    && drafted.body().get(i) instanceof LetterBlock.Paragraph was) {
                Set<String> days = days(mine.text());
                days.removeAll(days(was.text()));
                ownDays.addAll(days);
            }
        }
        if (ownDays.isEmpty()) {
            return;
        }
        Set<String> draftedItems = new HashSet<>();
        drafted.body().stream().filter(b -> b instanceof LetterBlock.BulletList)
                .forEach(b -> draftedItems.addAll(((LetterBlock.BulletList) b).items()));
        for (int j = body.size() - 1; j >= 0; j--) {
            if (taken.contains(j) || !(body.get(j) instanceof LetterBlock.BulletList list)) {
                continue;
            }
            List<String> keep = new ArrayList<>();
            for (String item : list.items()) {
                if (!draftedItems.contains(item) && day(item).isPresent()
                        && days(item).stream().anyMatch(ownDays::contains)) {
                    heldBack.add(item);
                } else {
                    keep.add(item);
                }
            }
            if (keep.isEmpty()) {
                body.remove(j);
            } else if (keep.size() < list.items().size()) {
                body.set(j, new LetterBlock.BulletList(keep));
            }
        }
    }

    /** Every day named in the words as the letters print one ("17 Nov 2026"). */
    private static Set<String> days(String words) {
        Set<String> found = new HashSet<>();
        java.util.regex.Matcher m = A_DAY.matcher(words);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** The lines of a list the merge leaves out because the parent's own line covers their day ({@link #items}). */
    private static List<String> heldBack(LetterBlock was, LetterBlock mine, LetterBlock fresh) {
        if (!(mine instanceof LetterBlock.BulletList b)) {
            return List.of();
        }
        List<String> wasItems = ((LetterBlock.BulletList) was).items();
        List<String> freshItems = ((LetterBlock.BulletList) fresh).items();
        return freshItems.stream().filter(item -> !wasItems.contains(item) && !b.items().contains(item)
                && coveredByOwnLine(item, wasItems, b.items(), freshItems)).toList();
    }

    /**
     * A new line of the records' for a day the parent wrote their own line for (one the records never gave): their
     * words tell that day already (a line they reworded, which the records then changed, or one they added), so the
     * records' line would print the same day twice.
     */
    private static boolean coveredByOwnLine(String item, List<String> was, List<String> mine, List<String> fresh) {
        java.util.Optional<java.time.LocalDate> day = day(item);
        return day.isPresent() && mine.stream().anyMatch(own -> !was.contains(own) && !fresh.contains(own)
                && day(own).equals(day));
    }

    /** The day a line of a dated list begins with, "12 Nov 2026: ..." (a complaint's "What happened"); else none. */
    private static java.util.Optional<java.time.LocalDate> day(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(java.time.LocalDate.parse(line.substring(0, colon).strip(),
                    uk.cml.domain.UkFormats.SHORT_DATE));
        } catch (java.time.format.DateTimeParseException notADay) {
            return java.util.Optional.empty();
        }
    }

    private static String words(LetterBlock block) {
        if (block instanceof LetterBlock.Paragraph p) {
            return p.text();
        } else if (block instanceof LetterBlock.SubHeading h) {
            return h.text();
        } else if (block instanceof LetterBlock.RequestBox r) {
            return String.join("\n", r.items());
        } else if (block instanceof LetterBlock.BulletList b) {
            return String.join("\n", b.items());
        }
        return "";
    }

    private boolean changed(int i) {
        return !edited.get(i).equals(drafted.body().get(i));
    }

    private static int sameWords(List<LetterBlock> fresh, LetterBlock block, Set<Integer> taken) {
        for (int j = 0; j < fresh.size(); j++) {
            if (!taken.contains(j) && fresh.get(j).equals(block)) {
                return j;
            }
        }
        return -1;
    }

    /** The fresh block that is the n-th of its kind, as block {@code i} was, if the draft has as many of that kind. */
    private int samePlace(List<LetterBlock> fresh, int i, Set<Integer> taken) {
        LetterBlock was = drafted.body().get(i);
        List<Integer> before = ofKind(drafted.body(), was);
        List<Integer> now = ofKind(fresh, was);
        if (before.size() != now.size()) {
            return -1;
        }
        int at = now.get(before.indexOf(i));
        return taken.contains(at) ? -1 : at;
    }

    private static List<Integer> ofKind(List<LetterBlock> blocks, LetterBlock like) {
        List<Integer> found = new ArrayList<>();
        for (int j = 0; j < blocks.size(); j++) {
            if (sameKind(blocks.get(j), like)) {
                found.add(j);
            }
        }
        return found;
    }

    private static boolean sameKind(LetterBlock a, LetterBlock b) {
        if (a instanceof LetterBlock.RequestBox ra && b instanceof LetterBlock.RequestBox rb) {
            return ra.title().equals(rb.title());
        }
        return a.getClass() == b.getClass();
    }

    private static boolean isList(LetterBlock block) {
        return block instanceof LetterBlock.RequestBox || block instanceof LetterBlock.BulletList;
    }

    /** A list's items merged three ways; any other block as the parent wrote it. */
    private static LetterBlock merged(LetterBlock was, LetterBlock mine, LetterBlock fresh) {
        if (mine instanceof LetterBlock.RequestBox r) {
            return new LetterBlock.RequestBox(r.title(), items(((LetterBlock.RequestBox) was).items(), r.items(),
                    ((LetterBlock.RequestBox) fresh).items()));
        }
        if (mine instanceof LetterBlock.BulletList b) {
            return new LetterBlock.BulletList(items(((LetterBlock.BulletList) was).items(), b.items(),
                    ((LetterBlock.BulletList) fresh).items()));
        }
        return mine;
    }

    /**
     * The parent's items, less those the records gave before and no longer give, with those the records now give
     * for the first time put in at their place in the fresh list, except a dated line for a day the parent's own
     * line already tells ({@link #coveredByOwnLine}).
     */
    static List<String> items(List<String> was, List<String> mine, List<String> fresh) {
        List<String> merged = new ArrayList<>();
        for (String item : mine) {
            if (!was.contains(item) || fresh.contains(item)) {
                merged.add(item);
            }
        }
        for (int j = 0; j < fresh.size(); j++) {
            String item = fresh.get(j);
            if (!was.contains(item) && !merged.contains(item) && !coveredByOwnLine(item, was, mine, fresh)) {
                merged.add(Math.min(j, merged.size()), item);
            }
        }
        return merged;
    }
}
