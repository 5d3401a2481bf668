package uk.cml.ui.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import uk.cml.domain.UkFormats;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintPosition;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.ComplaintStage;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageLayout;
import uk.cml.ui.common.StatusChip;
import uk.cml.ui.common.StatusChip.Status;
import uk.cml.ui.common.StatusChip.Tone;
import uk.cml.ui.common.WrappingCells;

/** The two lists on the letters page, with the words each column shows. */
final class LetterTables {

    /** The most of a letter's summary the list shows; the rest is in its tooltip and the letter's form. */
    static final int BRIEF_CHARS = 160;

    /** The Proof column's least width: "No proof yet", or "Certificate:" over "no photo yet", whole. */
    static final double PROOF_LEAST = 124;

    /** The letter's title's least room before the reply chips go onto two lines: its words on two lines at most. */
    static final double TITLE_ROOM = 290;

    private LetterTables() {
    }

    /**
     * @param answered the letters a received letter answers
     * @param changed  the letters not posted whose records changed after they were made
     * @param beyond   the posted complaint letters the complaint has gone past, and why
     */
    static TableView<SentLetter> sent(java.util.function.Supplier<Set<Long>> answered,
                                      java.util.function.Supplier<Set<Long>> changed,
                                      java.util.function.Supplier<Map<Long, ComplaintPosition.Beyond>> beyond,
                                      java.util.function.Supplier<LocalDate> today) {
        TableView<SentLetter> table = new TableView<>();
        table.setId("letters-sent-table");
        table.setAccessibleText(Messages.text("letters.tables.lettersYouSent"));
        table.setPlaceholder(PageLayout.emptyNote(Messages.text("letters.tables.noLettersSentYet")));
        table.getColumns().add(wrapping(column(Messages.text("letters.tables.sent"), LetterTables::sentOn, 120)));
        table.getColumns().add(wrapping(column(Messages.text("letters.tables.letter"), SentLetter::title, 300)));
        table.getColumns().add(wrapping(column(Messages.text("letters.tables.how"), l -> l.method().map(m -> m.label())
                .orElse(""), 110)));
        // A chip wider than the column's least width reads on two lines where its words have them ("Certificate:"
        // over "no photo yet"), so the column keeps the letters' titles their room at 1024 wide.
        table.getColumns().add(StatusChip.column(Messages.text("letters.tables.proof"), LetterTables::proof, 170,
                PROOF_LEAST));
        // The reply chips read on one line where the window leaves the letter's title TITLE_ROOM beside them, on two
        // ("No reply by" over "24 Nov 2026") where it does not: at 1024 wide the 190 px they took on one line left
        // the title 229 px, and "Complaint about how the arrears are collected (to ...)" on three lines.
        StatusChip.Sizing replies = new StatusChip.Sizing();
        TableColumn<SentLetter, Status> reply = StatusChip.column(Messages.text("letters.tables.reply"), l -> reply(l,
                answered.get(), changed.get(), beyond.get(), today.get()), 190, replies);
        table.getColumns().add(reply);
        // Dates and statuses always read in full ("Made 3 Dec 2026, not posted" on two lines); in a narrow window the letter's title and how it went wrap onto
        // more lines (at 1024 wide they read "Confirming call with ..." and "1st cla...").
        // A chip's column grows to the chip it shows (StatusChip), so Proof starts at "No proof yet", as wide as each
        // line of "Certificate:" over "no photo yet": the room left goes to the letter's title, two lines at 1024 wide
        // rather than three.
        double[] least = {104, 120, 80, PROOF_LEAST};
        for (int i = 0; i < least.length; i++) {
            table.getColumns().get(i).setMinWidth(Math.max(least[i], table.getColumns().get(i).getMinWidth()));
        }
        Runnable[] self = new Runnable[1];
        Runnable arrange = () -> {
            if (replies.oneLine() < 0) {
                return; // until a cell has shown the theme's font
            }
            double others = 0;
            for (int i = 0; i < least.length; i++) {
                if (i != 1) {
                    others += table.getColumns().get(i).getMinWidth();
                }
            }
            // The borders take some of the width, and the upright scroll bar, while it shows, more (kept for it
            // always, it left an empty 18 px beside the reply a short list does not need).
            double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset()
                    - uprightBar(table, self[0]);
            double width = Math.ceil(room - others - replies.oneLine() >= TITLE_ROOM ? replies.oneLine()
                    : replies.leastWhole());
            if (Math.abs(reply.getMinWidth() - width) > 0.5) {
                reply.setMinWidth(width);
                // The others give way: a reply widened to "Records changed: make it again" on one line, with the
                // width shared out before it was measured, ran past the list's edge at 1366 x 768.
                uk.cml.ui.common.SettledColumns.widened(table);
            }
            // Narrow, every column but the title's keeps to its least, so the room they leave is the title's (the
            // table shared it out among them all, and the title kept three lines).
            // The title is made to take it (the table's policy gave what was left to the last column, held at its
            // least, and so to none).
            boolean narrow = width < replies.oneLine();
            TableColumn<SentLetter, ?> title = table.getColumns().get(1);
            double titleLeast = narrow ? Math.max(least[1], Math.floor(room - others - width)) : least[1];
            if (Math.abs(title.getMinWidth() - titleLeast) > 0.5) {
                title.setMinWidth(titleLeast);
            }
            // The title is held to that room too: a window made narrower (1366 to 1024) left it the width it had,
            // and the policy took the difference from the last column alone, the reply, pushed past the edge.
            for (int i = 0; i < table.getColumns().size(); i++) {
                TableColumn<SentLetter, ?> column = table.getColumns().get(i);
                double most = narrow ? column.getMinWidth() : Double.MAX_VALUE;
                if (column.getMaxWidth() != most) {
                    column.setMaxWidth(most);
                }
            }
            replies.choose(width);
        };
        self[0] = arrange;
        replies.whenMeasured(arrange);
        table.widthProperty().addListener(obs -> arrange.run());
        for (int i = 0; i < least.length; i++) {
            if (i == 1) {
                continue; // the title's least is arrange's own
            }
            table.getColumns().get(i).minWidthProperty().addListener(obs -> arrange.run());
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        WrappingCells.refitRowsOnResize(table);
        return table;
    }

    /**
     * The width the table's upright scroll bar takes while it shows (0 while it does not); {@code then} runs again
     * each time it comes or goes.
     */
    private static double uprightBar(TableView<?> table, Runnable then) {
        for (javafx.scene.Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof javafx.scene.control.ScrollBar bar
                    && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                if (bar.getProperties().putIfAbsent(LetterTables.class, Boolean.TRUE) == null) {
                    bar.visibleProperty().addListener(obs -> then.run());
                }
                return bar.isVisible() ? Math.max(bar.getWidth(), bar.prefWidth(-1)) : 0;
            }
        }
        return 18; // before the table's skin has made it: as if shown
    }

    /**
     * The day a letter was posted or sent, or, not sent yet, the day it was made (or, typed in rather than made
     * here, logged, as its note says): two copies of one letter waiting to be posted are told apart.
     */
    static String sentOn(SentLetter l) {
        if (l.posted().isPresent()) {
            return UkFormats.shortDate(l.posted().get());
        }
        boolean byPost = l.method().map(m -> m.byPost()).orElse(true);
        boolean made = uk.cml.letters.templates.LetterTemplates.madeAs(l.subject()).isPresent();
        return Messages.text(made ? (byPost ? "letters.tables.madeNotPosted" : "letters.tables.madeNotSent")
                : (byPost ? "letters.tables.loggedNotPosted" : "letters.tables.loggedNotSent"),
                UkFormats.shortDate(l.written()));
    }

    /**
     * @param sent      the letters the parent sent, to find the reply logged to each received letter
     * @param decisions the case's CMS decisions: a reply to one logged with its letter is that letter's reply too
     */
    static TableView<ReceivedLetter> received(java.util.function.Supplier<List<SentLetter>> sent,
            java.util.function.Supplier<List<Decision>> decisions) {
        TableView<ReceivedLetter> table = new TableView<>();
        table.setId("letters-received-table");
        table.setAccessibleText(Messages.text("letters.tables.lettersYouReceived"));
        table.setPlaceholder(PageLayout.emptyNote(Messages.text("letters.tables.noLettersReceivedYet")));
        table.getColumns().add(column(Messages.text("letters.tables.arrived"), l -> UkFormats.shortDate(l.received()),
                95));
        table.getColumns().add(wrapping(column(Messages.text("letters.tables.from"), ReceivedLetter::from, 160)));
        TableColumn<ReceivedLetter, String> brief = column(Messages.text("letters.tables.inBrief"),
                ReceivedLetter::summary, 260);
        brief.setCellFactory(WrappingCells.table(BRIEF_CHARS));
        table.getColumns().add(brief);
        table.getColumns().add(column(Messages.text("letters.tables.scan"), l -> l.scanDocumentId().isPresent()
                ? Messages.text("letters.tables.attached") : Messages.text("letters.tables.none"), 80));
        table.getColumns().add(StatusChip.column(Messages.text("letters.tables.reply"), l -> answer(l, sent.get(),
                decisions.get()),
                170));
        // The date and the status read in full, as in the sent list; who it is from and what it says wrap onto more
        // lines in a narrow window (at 1024 wide they read "Child Maintenan..." and "They say Jordan offers £404.2...").
        double[] least = {104, 120, 150, 70, 170};
        for (int i = 0; i < least.length; i++) {
            table.getColumns().get(i).setMinWidth(Math.max(least[i], table.getColumns().get(i).getMinWidth()));
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        WrappingCells.refitRowsOnResize(table);
        return table;
    }

    /** Proof of posting, for letters sent by post: a photo of the certificate is the proof that counts. */
    static Status proof(SentLetter letter) {
        if (!letter.isPosted() || !letter.method().get().byPost()) {
            return Status.NONE;
        }
        if (letter.certificateDateDiffers()) {
            // Kept before the form refused it: the Post Office dates a certificate the day of posting.
            return new Status(Messages.text("letters.tables.certificateDateDiffers"), Tone.WARN);
        }
        if (letter.proof().attached()) {
            return new Status(Messages.text("letters.tables.certificateAttached"), Tone.GOOD);
        }
        // A certificate the parent said they got (its date, branch or reference typed) without its photo still needs
        // the photo; the letters and the pack already name the certificate, so "No proof yet" would contradict them.
        // "No photo yet" alone was read as "no proof": the chip names the certificate, on two lines in the column's
        // least width.
        return !letter.proof().certificateGot() ? new Status(Messages.text("letters.tables.noProofYet"), Tone.WARN)
                : new Status(Messages.text("letters.tables.noPhotoYet"), Tone.WARN,
                        Messages.text("letters.tables.noPhotoYetOnTwoLines"),
                        Messages.text("letters.tables.noPhotoYetInFull"));
    }

    /**
     * @param beyond the posted complaint letters the complaint has gone past, and why
     *               ({@link ComplaintPosition#beyond}, as the Overview reads it): said instead of a reply date, so the
     *               list never asks to chase a reply the complaint has moved past
     */
    static Status reply(SentLetter letter, Set<Long> answered, Set<Long> changed,
                        Map<Long, ComplaintPosition.Beyond> beyond, LocalDate today) {
        ComplaintPosition.Beyond past = beyond.get(letter.id());
        if (past instanceof ComplaintPosition.Beyond.Replied r) {
            return chip(Tone.GOOD, "letters.tables.repliedOn", "letters.tables.repliedOnOnTwoLines",
                    UkFormats.shortDate(r.on()));
        }
        if (past instanceof ComplaintPosition.Beyond.FinalResponse f) {
            return chip(Tone.GOOD, "letters.tables.finalResponseOn", "letters.tables.finalResponseOnOnTwoLines",
                    UkFormats.shortDate(f.on()));
        }
        if (past instanceof ComplaintPosition.Beyond.MovedOn m) {
            boolean ice = m.to() == ComplaintStage.Step.ICE;
            return chip(Tone.INFO, ice ? "letters.tables.movedOnToIce" : "letters.tables.movedOnToReview",
                    ice ? "letters.tables.movedOnToIceOnTwoLines" : "letters.tables.movedOnToReviewOnTwoLines");
        }
        if (past instanceof ComplaintPosition.Beyond.EarlierComplaint) {
            return chip(Tone.PLAIN, "letters.tables.earlierComplaint", "letters.tables.earlierComplaintOnTwoLines");
        }
        if (answered.contains(letter.id())) {
            return new Status(Messages.text("letters.tables.replied"), Tone.GOOD);
        }
        // A reply counts from posting: before it there is none to expect, only the letter to post, or, made before
        // the records changed, to make again first (it may say what they no longer do).
        if (!letter.isPosted() && changed.contains(letter.id())) {
            // Only a letter made here can be made again; one typed in is checked against the records.
            boolean made = uk.cml.letters.templates.LetterTemplates.madeAs(letter.subject()).isPresent();
            return chip(Tone.BAD, made ? "letters.tables.makeItAgain" : "letters.tables.checkIt",
                    made ? "letters.tables.makeItAgainOnTwoLines" : "letters.tables.checkItOnTwoLines");
        }
        if (!letter.isPosted()) {
            return new Status(Messages.text(letter.method().filter(m -> !m.byPost()).isPresent()
                    ? "letters.tables.sendItFirst" : "letters.tables.postItFirst"), Tone.WARN);
        }
        if (letter.replyBy().isEmpty()) {
            return Status.NONE;
        }
        String by = UkFormats.shortDate(letter.replyBy().get());
        return letter.replyOverdue(today, false) ? chip(Tone.BAD, "letters.tables.overdueWasDue",
                "letters.tables.overdueWasDueOnTwoLines", by)
                : chip(Tone.INFO, "letters.tables.replyDue", "letters.tables.replyDueOnTwoLines", by);
    }

    /** A reply chip, with its words on two lines ({@code twoLines}) for a Reply column without room for one. */
    private static Status chip(Tone tone, String key, String twoLines, Object... values) {
        return new Status(Messages.text(key, values), tone, Messages.text(twoLines, values));
    }

    /**
     * Whether the parent's reply to a received letter is logged: posted (with its date), written but not posted yet,
     * or none said (a CMS letter expects no reply). A letter that is itself the answer to one of the parent's says so
     * when no reply is logged to it, and a decision that it is answered only to challenge it. A
     * reply to the CMS decision the letter was logged as (begun from its limit on the Overview) is its reply too.
     */
    static Status answer(ReceivedLetter letter, List<SentLetter> sent, List<Decision> decisions) {
        Set<Long> itsDecisions = decisions.stream().filter(d -> d.fromLetter().equals(Optional.of(letter.id())))
                .map(Decision::id).collect(java.util.stream.Collectors.toSet());
        List<SentLetter> replies = sent.stream().filter(s -> s.inReplyTo().equals(Optional.of(letter.id()))
                || s.answersDecision().filter(itsDecisions::contains).isPresent()).toList();
        Optional<LocalDate> posted = replies.stream().flatMap(s -> s.posted().stream()).max(LocalDate::compareTo);
        if (posted.isPresent()) {
            return new Status(Messages.text("letters.tables.replySent", UkFormats.shortDate(posted.get())), Tone.GOOD);
        }
        if (!replies.isEmpty()) {
            return new Status(Messages.text("letters.tables.replyNotPostedYet"), Tone.WARN);
        }
        // A CMS letter expects no reply: "No reply logged" read as one owed. A decision is answered only to challenge
        // it (its limit is on Where it stands); any other letter says nothing here.
        return letter.inReplyTo().isPresent() ? new Status(Messages.text("letters.tables.answersYourLetter"), Tone.INFO)
                : !itsDecisions.isEmpty() ? new Status(Messages.text("letters.tables.replyOnlyToChallenge"), Tone.PLAIN)
                : new Status("", Tone.PLAIN);
    }

    /** The column's words wrap, so its row grows taller rather than cutting them. */
    private static <T> TableColumn<T, String> wrapping(TableColumn<T, String> column) {
        column.setCellFactory(WrappingCells.table());
        return column;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = uk.cml.ui.common.TextColumns.of(title, value, width);
        return column;
    }
}
