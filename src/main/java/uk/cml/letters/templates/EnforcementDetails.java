package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.cml.domain.standing.EnforcementStep;

/**
 * What the parent knows that lets the CMS choose how to enforce, and what it has tried so far.
 *
 * @param owedSince  the day since which the arrears have been owed without a break, or null to take it from the
 *                   arrears
 * @param employer   the paying parent's employer, if known (for a deduction from earnings order)
 * @param hasSavings the parent knows the paying parent has money in a bank or building society account
 * @param tried      the steps the CMS has taken, each with the date the parent heard of it, oldest first
 * @param notices    letters received and documents filed whose own words (the parent's summary or description)
 *                   name an enforcement step: what the records hold about enforcement besides the steps ticked
 * @param inCalls    the steps logged calls' notes name: free words, never said as a fact, but the letter then does
 *                   not claim the records hold nothing about enforcement
 * @param calls      the logged calls about enforcement (with someone of a team the parent noted as enforcement, or
 *                   whose notes name a step), oldest first: news the parent has, as much as a letter's
 */
public record EnforcementDetails(LocalDate owedSince, String employer, boolean hasSavings, List<Tried> tried,
                                 List<Notice> notices, List<Step> inCalls, List<CallNews> calls) {

    /** The CMS's enforcement steps, in the order it usually takes them (as the records' steps are). */
    public enum Step {
        CONTACT_PAYING_PARENT("contacted %s about the arrears"),
        ARREARS_NOTICE("sent an arrears notice"),
        COLLECT_AND_PAY("moved the case to Collect and Pay"),
        DEDUCTION_FROM_EARNINGS("made a deduction from earnings order"),
        DEDUCTION_FROM_ACCOUNT("made a deduction order against a bank account"),
        LIABILITY_ORDER("obtained a liability order"),
        ENFORCEMENT_AGENTS("sent enforcement agents (bailiffs)"),
        CHARGING_ORDER("applied for a charging order"),
        THIRD_PARTY_DEBT_ORDER("applied for a third party debt order"),
        DISQUALIFICATION("applied to the court to disqualify %s from driving or holding a passport"),
        COMMITTAL("applied to the court to commit %s to prison");

        private final String done;

        Step(String done) {
            this.done = done;
        }

        /** "a deduction from earnings order", to follow "about"; {@code other} names the paying parent. */
        String about(String other) {
            return switch (this) {
                case CONTACT_PAYING_PARENT -> "contacting " + other + " about the arrears";
                case ARREARS_NOTICE -> "an arrears notice";
                case COLLECT_AND_PAY -> "moving the case to Collect and Pay";
                case DEDUCTION_FROM_EARNINGS -> "a deduction from earnings order";
                case DEDUCTION_FROM_ACCOUNT -> "a deduction order against a bank account";
                case LIABILITY_ORDER -> "a liability order";
                case ENFORCEMENT_AGENTS -> "enforcement agents (bailiffs)";
                case CHARGING_ORDER -> "a charging order";
                case THIRD_PARTY_DEBT_ORDER -> "a third party debt order";
                case DISQUALIFICATION -> "disqualifying " + other + " from driving or holding a passport";
                case COMMITTAL -> "committing " + other + " to prison";
            };
        }

        /**
         * The steps the parent's own words name, in the usual order: "DEO notice", "Deduction from earnings order
         * set up", "liability order hearing". Only names no other matter shares: contacting the paying parent and
         * Collect and Pay are in many letters that are not about enforcement, so words never name them.
         */
        public static List<Step> namedIn(String words) {
            String text = words == null ? "" : words.toLowerCase(Locale.UK);
            List<Step> named = new ArrayList<>();
            for (Step step : values()) {
                if (NAMES.get(step.ordinal()).matcher(text).find()) {
                    named.add(step);
                }
            }
            return named;
        }

        /** The step the parent ticked in the records, as a letter names it. */
        public static Step of(EnforcementStep step) {
            return switch (step) {
                case CONTACT_PAYING_PARENT -> CONTACT_PAYING_PARENT;
                case ARREARS_NOTICE -> ARREARS_NOTICE;
                case COLLECT_AND_PAY -> COLLECT_AND_PAY;
                case DEDUCTION_FROM_EARNINGS -> DEDUCTION_FROM_EARNINGS;
                case BANK_DEDUCTION -> DEDUCTION_FROM_ACCOUNT;
                case LIABILITY_ORDER -> LIABILITY_ORDER;
                case ENFORCEMENT_AGENTS -> ENFORCEMENT_AGENTS;
                case CHARGING_ORDER -> CHARGING_ORDER;
                case THIRD_PARTY_DEBT_ORDER -> THIRD_PARTY_DEBT_ORDER;
                case DISQUALIFICATION -> DISQUALIFICATION;
                case COMMITTAL -> COMMITTAL;
            };
        }

        /** "made a deduction from earnings order", to follow "you"; {@code other} names the paying parent. */
        public String done(String other) {
            return done.replace("%s", other);
        }

        boolean isDeduction() {
            return this == DEDUCTION_FROM_EARNINGS || this == DEDUCTION_FROM_ACCOUNT;
        }
    }

    /** Each step's names in the parent's words, lower case, by the step's place in the usual order. */
    private static final List<Pattern> NAMES = List.of(
            Pattern.compile("(?!)"),
            Pattern.compile("\\barrears notice"),
            Pattern.compile("(?!)"),
            Pattern.compile("\\bdeductions? from (?:earnings|pay)\\b|\\bdeo\\b"),
            Pattern.compile("\\b(?:regular|lump sum) deduction order|\\bdeduction order (?:against|on|from) (?:a|the|"
                    + "their|his|her) (?:bank|building society)|\\bbank deduction"),
            Pattern.compile("\\bliability order"),
            Pattern.compile("\\benforcement agent|\\bbailiff"),
            Pattern.compile("\\bcharging order|\\border for sale\\b"),
            Pattern.compile("\\bthird[- ]party debt order|\\btpdo\\b"),
            Pattern.compile("\\bdisqualif"),
            Pattern.compile("\\bcommittal\\b|\\bcommit(?:ted|ting)? (?:\\w+ )?to prison"));

    /** A step the CMS took, and when the parent heard of it. */
    public record Tried(Step step, LocalDate on) {
    }

    /**
     * A letter or document in the records whose words name enforcement steps: what it is about, never what it says
     * was done (the records hold the parent's summary, not the paper's words).
     *
     * @param about the steps its words name, in the usual order
     * @param dated the date on it (a letter's, a document's), or the day it came or was filed when it has none
     * @param kind  what it is, and so how the letter names it
     * @param from  who a letter is from, as the parent logged it (for {@link Kind#LETTER_FROM_OTHER})
     */
    public record Notice(List<Step> about, LocalDate dated, Kind kind, String from) {

        /** What the records hold it as. */
        public enum Kind {
            /** A letter from the CMS, dated {@code dated}. */
            CMS_LETTER,
            /** A letter from the CMS with no date logged: {@code dated} is the day it came. */
            CMS_LETTER_RECEIVED,
            /** A letter from someone else (an employer, a court), dated {@code dated}. */
            LETTER_FROM_OTHER,
            /** A document filed with the date on it. */
            DOCUMENT,
            /** A document filed with no date on it: {@code dated} is the day it was added. */
            DOCUMENT_ADDED
        }

        public Notice {
            about = List.copyOf(about);
            from = Text.clean(from);
        }
    }

    /** Whether a received letter's sender, as the parent logged it, is the CMS ("Child Maintenance Service 21"). */
    public static boolean fromTheCms(String from) {
        String name = from == null ? "" : from.toLowerCase(Locale.UK);
        return name.contains("child maintenance") || Pattern.compile("\\bcms\\b").matcher(name).find();
    }

    /** What the parent knows of the means and of the steps ticked, with no letter, document or call naming one. */
    public EnforcementDetails(LocalDate owedSince, String employer, boolean hasSavings, List<Tried> tried) {
        this(owedSince, employer, hasSavings, tried, List.of(), List.of());
    }

    /** What the parent knows, with no call about enforcement on record beyond the steps calls' notes name. */
    public EnforcementDetails(LocalDate owedSince, String employer, boolean hasSavings, List<Tried> tried,
            List<Notice> notices, List<Step> inCalls) {
        this(owedSince, employer, hasSavings, tried, notices, inCalls, List.of());
    }

    public EnforcementDetails {
        employer = Text.clean(employer);
        tried = tried == null ? List.of() : List.copyOf(tried);
        notices = notices == null ? List.of() : List.copyOf(notices);
        inCalls = inCalls == null ? List.of() : List.copyOf(inCalls);
        calls = calls == null ? List.of() : calls.stream().sorted(Comparator.comparing(CallNews::on)).toList();
    }

    /**
     * A logged call about enforcement, as the parent logged it: news they have of it, dated by the call.
     *
     * @param on         the day of the call
     * @param direction  who rang whom
     * @param spokeTo    the name of the person the parent spoke to, "" if not taken
     * @param team       their team, "" if not noted
     * @param about      the steps the call's notes name, in the usual order (maybe none)
     * @param promised   what the CMS said it would do, in the parent's words, "" for nothing
     * @param promisedBy the day it said it would be done by, or null
     */
    public record CallNews(LocalDate on, uk.cml.domain.evidence.CallDirection direction, String spokeTo, String team,
            List<Step> about, String promised, LocalDate promisedBy) {
        public CallNews {
            java.util.Objects.requireNonNull(on, "on");
            direction = direction == null ? uk.cml.domain.evidence.CallDirection.OTHER : direction;
            spokeTo = Text.clean(spokeTo);
            team = Text.clean(team);
            about = about == null ? List.of() : List.copyOf(about);
            promised = Text.clean(promised);
        }

        /** Whether a team the parent noted is an enforcement one ("Enforcement", "Enforcement team"). */
        public static boolean enforcementTeam(String team) {
            return team != null && team.toLowerCase(Locale.UK).contains("enforcement");
        }

        /**
         * "when you phoned me about a deduction from earnings order and I understood from Mark (Enforcement team)
         * that you would do this by 14 Dec 2026: Decide whether to make a deduction from earnings order.": the call
         * as the parent logged it, what was promised as what she understood, never a step said as taken.
         */
        String when(DraftWriter w, String other) {
            String how = switch (direction) {
                case I_CALLED -> "I phoned you";
                case CMS_CALLED -> "you phoned me";
                case OTHER -> "we spoke on the phone";
            };
            String about = this.about.isEmpty() ? "" : " about " + and(this.about.stream().map(s -> s.about(other))
                    .toList());
            String who = spokeTo.isEmpty() ? "the person I spoke to" : spokeTo
                    + (team.isEmpty() ? "" : " (" + Text.team(team) + ")");
            if (!promised.isEmpty() && promisedBy != null) {
                // The promise and its date are the parent's notes (the date may be her count of "10 working days"):
                // said as what she understood, not quoted as the CMS's words, as every letter now says a promise.
                return "when " + how + about + " and I understood from " + who + " that you would do this by "
                        + w.date(promisedBy) + ": " + Text.ownSentence(promised);
            }
            return "when " + how + about + (spokeTo.isEmpty() && team.isEmpty() ? ""
                    : (direction == uk.cml.domain.evidence.CallDirection.I_CALLED ? " and spoke to " : " and I spoke to ")
                    + who);
        }
    }

    /** "a, b and c". */
    private static String and(List<String> names) {
        return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " and "
                + names.get(names.size() - 1);
    }

    /** Whether a logged call's notes name an enforcement step. */
    boolean callsMention() {
        return !inCalls.isEmpty();
    }

    /**
     * The steps calls' notes name that no tick, letter or document in the records holds: the parent may have been
     * told of them on the phone, and only a tick lets a letter say so.
     */
    List<Step> onlyInCalls() {
        return inCalls.stream().filter(step -> !has(step) && notices.stream().noneMatch(n -> n.about().contains(step)))
                .distinct().sorted().toList();
    }

    /** The same with the letters, documents and calls of the records that name a step. */
    public EnforcementDetails withNotices(List<Notice> onRecord, List<Step> namedInCalls) {
        return new EnforcementDetails(owedSince, employer, hasSavings, tried, onRecord, namedInCalls, calls);
    }

    /** The same with the calls about enforcement on record. */
    public EnforcementDetails withCalls(List<CallNews> onRecord) {
        return new EnforcementDetails(owedSince, employer, hasSavings, tried, notices, inCalls, onRecord);
    }

    /** The same, without any record of {@code step} taken. */
    EnforcementDetails without(Step step) {
        return new EnforcementDetails(owedSince, employer, hasSavings, tried.stream().filter(t -> t.step() != step)
                .toList(), notices, inCalls, calls);
    }

    /**
     * The letters and documents to name in a letter, oldest first: each with the steps it names that no tick already
     * says was taken (a CMS letter about the arrears notice ticked is the tick's source, said once), and only those
     * dated by {@code by}.
     */
    List<Notice> untickedNotices(LocalDate by) {
        List<Notice> left = new ArrayList<>();
        for (Notice n : notices) {
            List<Step> about = n.about().stream().filter(step -> !has(step)).toList();
            if (!about.isEmpty() && (by == null || !n.dated().isAfter(by))) {
                left.add(new Notice(about, n.dated(), n.kind(), n.from()));
            }
        }
        left.sort(Comparator.comparing(Notice::dated));
        return left;
    }

    /** "You wrote to me on 3 October 2026 about a deduction from earnings order." */
    static String noticeSentence(DraftWriter w, Notice n, String other) {
        List<String> names = n.about().stream().map(s -> s.about(other)).toList();
        String about = names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1))
                + " and " + names.get(names.size() - 1);
        String on = w.date(n.dated());
        return switch (n.kind()) {
            case CMS_LETTER -> "You wrote to me on " + on + " about " + about + ".";
            case CMS_LETTER_RECEIVED -> "I received a letter from you on " + on + " about " + about + ".";
            case LETTER_FROM_OTHER -> (n.from().isEmpty() ? "I received a letter dated " + on
                    : n.from() + " wrote to me on " + on) + " about " + about + ".";
            case DOCUMENT -> "I have a document dated " + on + " about " + about + ".";
            case DOCUMENT_ADDED -> "I have a document about " + about + ", which I filed on " + on + ".";
        };
    }

    /**
     * The letters and documents on record about enforcement steps not ticked, as the evidence pack lists them under its
     * enforcement section, oldest first: the same ones, chosen the same way ({@link #untickedNotices}), that a letter
     * to the CMS names on {@code today}, so the pack and the letters never disagree. "The CMS wrote on 3 Oct 2026 about
     * a deduction from earnings order." {@code other} names the paying parent.
     */
    public List<String> onRecordSentences(LocalDate today, String other) {
        List<String> sentences = new ArrayList<>();
        for (Notice n : untickedNotices(today)) {
            List<String> names = n.about().stream().map(s -> s.about(other)).toList();
            String about = names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
            String on = uk.cml.domain.UkFormats.shortDate(n.dated());
            sentences.add(switch (n.kind()) {
                case CMS_LETTER -> "The CMS wrote on " + on + " about " + about + ".";
                case CMS_LETTER_RECEIVED -> "A letter from the CMS came on " + on + " about " + about + ".";
                case LETTER_FROM_OTHER -> (n.from().isEmpty() ? "A letter dated " + on + " is"
                        : n.from() + " wrote on " + on) + " about " + about + ".";
                case DOCUMENT -> "A document dated " + on + " is about " + about + ".";
                case DOCUMENT_ADDED -> "A document filed on " + on + " is about " + about + ".";
            });
        }
        return sentences;
    }

    /**
     * Whether the records hold news of this step, or of one that usually comes after it: a tick, or a letter or
     * document that names it. For not asking for a step the records already hold news of.
     */
    boolean heardOf(Step step) {
        return reached(step) || notices.stream().flatMap(n -> n.about().stream()).anyMatch(s -> s.compareTo(step) >= 0);
    }

    /** Whether a letter or document on record is about this step (whatever is ticked). */
    boolean noticeAbout(Step step) {
        return notices.stream().anyMatch(n -> n.about().contains(step));
    }

    /**
     * The latest day of news of enforcement the parent has by {@code by}, from any record: a step ticked, a letter or
     * document naming one, or a call about enforcement; empty when none.
     */
    Optional<LocalDate> latestNews(LocalDate by) {
        return java.util.stream.Stream.of(tried.stream().map(Tried::on).filter(java.util.Objects::nonNull),
                        untickedNotices(by).stream().map(Notice::dated), callsBy(by).stream().map(CallNews::on))
                .flatMap(x -> x).max(Comparator.naturalOrder());
    }

    /** The calls about enforcement on or before {@code by} (all with no day given). */
    private List<CallNews> callsBy(LocalDate by) {
        return calls.stream().filter(c -> by == null || !c.on().isAfter(by)).toList();
    }

    /**
     * The one way every letter asks what happened since the latest news of enforcement ({@link #latestNews}):
     * "Tell me what has happened since 27 Nov 2026, the latest news of enforcement I have (listed below)." for a
     * step or letter the letter lists, or, when a call about enforcement is the latest, the call itself: "Tell me what
     * has happened since 30 Nov 2026, when you phoned me about a deduction from earnings order and I understood from
     * Mark (Enforcement team) that you would do this by 14 Dec 2026: ... That is the latest news of enforcement I
     * have." Empty
     * when the records hold no news. {@code other} names the paying parent.
     */
    Optional<String> sinceLatestNews(DraftWriter w, LocalDate by, String other) {
        Optional<LocalDate> latest = latestNews(by);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = latest.get();
        boolean listed = tried.stream().anyMatch(t -> day.equals(t.on()))
                || untickedNotices(by).stream().anyMatch(n -> n.dated().equals(day));
        Optional<CallNews> call = callsBy(by).stream().filter(c -> c.on().equals(day)).reduce((a, b) -> b);
        if (listed || call.isEmpty()) {
            return Optional.of("Tell me what has happened since " + w.date(day) + ", the latest news of enforcement I "
                    + "have (listed below).");
        }
        return Optional.of("Tell me what has happened since " + w.date(day) + ", " + call.get().when(w, other)
                + (call.get().promised().isEmpty() || call.get().promisedBy() == null ? ". " : " ")
                + "That is the latest news of enforcement I have.");
    }

    boolean triedDeductions() {
        return tried.stream().anyMatch(t -> t.step().isDeduction());
    }

    boolean has(Step step) {
        return tried.stream().anyMatch(t -> t.step() == step);
    }

    /** The step taken furthest along the usual order, if any. */
    Optional<Step> furthest() {
        return tried.stream().map(Tried::step).max(Comparator.naturalOrder());
    }

    /** True when this step, or one that usually comes after it, has been taken. */
    boolean reached(Step step) {
        return furthest().filter(f -> f.compareTo(step) >= 0).isPresent();
    }

    /** Each step taken as a sentence to the CMS: "You sent an arrears notice (I heard of this on 23 September 2026)." */
    List<String> triedSentences(DraftWriter w, String other) {
        return tried.stream().map(t -> "You " + t.step().done(other) + (t.on() == null ? ""
                : " (I heard of this on " + w.date(t.on()) + ")") + ".").toList();
    }
}
