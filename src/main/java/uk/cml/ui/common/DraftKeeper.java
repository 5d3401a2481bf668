package uk.cml.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.util.Duration;
import uk.cml.safety.TypingDrafts;

/**
 * Keeps what the parent types in the app's forms as they type, a moment after they stop, so that a log-off, a
 * shutdown, a kill or a power cut (none of which can ask "Close without saving?") does not lose it; and puts it back
 * at the next start. Forms register once, by a key and their fields' control ids ({@link #keep}); one keeper serves
 * them all. A draft is only typing: it is put back into the same form for the same record (a new one, or the saved
 * one being corrected), and only Save makes it a record.
 */
public final class DraftKeeper {

    private static final Logger LOG = Logger.getLogger(DraftKeeper.class.getName());
    /** How long after the last key the typing is kept: long enough not to write at every key, short enough to lose little. */
    public static final Duration PAUSE = Duration.seconds(1);

    private final TypingDrafts store;
    private final Jobs jobs;
    private final Duration pause;
    /** The drafts found at start, by key, until their form is filled for their record and takes them. */
    private final Map<String, TypingDrafts.Draft> waiting;
    private final List<KeptForm> forms = new ArrayList<>();
    private final List<Runnable> otherTyping = new ArrayList<>();

    /**
     * @param store   where the drafts are kept (null: nowhere, for a page tried on its own)
     * @param waiting the drafts kept before this start, read off the FX thread with the records
     * @param jobs    the background executor: the file is never written on the FX thread
     */
    public DraftKeeper(TypingDrafts store, Map<String, TypingDrafts.Draft> waiting, Jobs jobs, Duration pause) {
        this.store = store;
        this.waiting = new HashMap<>(waiting);
        this.jobs = jobs;
        this.pause = pause;
    }

    /** A keeper that keeps nothing: for a page built on its own in a test. */
    public static DraftKeeper none() {
        return new DraftKeeper(null, Map.of(), new Jobs() {
            @Override
            public <T> void start(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                  java.util.function.Consumer<Throwable> onError) {
            }
        }, PAUSE);
    }

    /**
     * Keeps the typing of one form from now on, and puts back a draft it had when the app closed.
     *
     * @param form     the form's key, such as "call"; also starts the ids of its notice ("call-draft-notice")
     * @param record   which record the form holds, such as "case-3/new" or "case-3/record-12" (null: none yet);
     *                 a draft goes back only into the form holding the same one
     * @param asFilled the form's answers as filled: only typing since then is kept, and each filling (New, a
     *                 record opened, Save) forgets the draft
     * @param root     the form's fields, found by their ids (see {@link DraftField#under})
     * @param more     fields the walk cannot find, such as rows added as the parent types
     */
    public KeptForm keep(String form, Supplier<String> record, AnswersAsFilled asFilled, Node root,
                         DraftField... more) {
        KeptForm kept = new KeptForm(this, form, record, asFilled,
                () -> {
                    List<DraftField> fields = new ArrayList<>(root == null ? List.of() : DraftField.under(root));
                    fields.addAll(List.of(more));
                    return fields;
                }, pause);
        forms.add(kept);
        kept.offer();
        return kept;
    }

    /**
     * A form built afresh in place of this one (the Case page, built again each time it is read): no longer kept, so
     * the page it watched can go. Its draft on file stays until the new form is filled or forgets it.
     */
    public void release(KeptForm kept) {
        forms.remove(kept);
    }

    /**
     * The parent chose "Close without saving": what they typed is lost as they were told, so no form's draft is put
     * back next time. Drafts of forms not opened in this run (another case's) are kept.
     */
    public void forgetTyping() {
        forms.forEach(KeptForm::forget);
        otherTyping.forEach(Runnable::run);
    }

    /** Typing kept by a form of its own kind (the letter writer's words): forgotten with the rest on request. */
    public void alsoForget(Runnable forget) {
        otherTyping.add(forget);
    }

    /** The draft kept at start for {@code key}, left in place: a form can make room for it (rows to add) first. */
    public java.util.Optional<TypingDrafts.Draft> waiting(String key) {
        return java.util.Optional.ofNullable(waiting.get(key));
    }

    /**
     * The draft kept at start for {@code key}, taken once: a form filled again later starts clean. Public for a form
     * whose typing is not its fields' (the letter writer's words, rebuilt from the records each time).
     */
    public TypingDrafts.Draft take(String key) {
        return waiting.remove(key);
    }

    /** Keeps {@code fields} under {@code key}, in the background. */
    public void write(String key, Map<String, String> fields) {
        if (store != null) {
            jobs.start(() -> {
                store.keep(key, fields);
                return key;
            }, ok -> { }, error -> LOG.log(Level.WARNING, "Could not keep what was typed", error));
        }
    }

    /** Forgets the draft under {@code key}, in the background. */
    public void clear(String key) {
        if (store != null) {
            jobs.start(() -> {
                store.clear(key);
                return key;
            }, ok -> { }, error -> LOG.log(Level.WARNING, "Could not forget what was typed", error));
        }
    }
}
