package uk.cml.domain.correspondence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.cml.domain.AmountText;
import uk.cml.domain.Money;

/**
 * The amount offered in a part payment in full and final settlement, as the parent's summary of the CMS's letter
 * gives it ("Jordan offers £600 in full and final settlement"). One amount in the summary is the offer; with several
 * ("offers £600 against arrears of £1,450"), the one straight after a word of offering when every other is the
 * arrears ("arrears of", "owed", "balance of"); none otherwise ("offered £300, then £350"), so a letter leaves the
 * amount for the parent to fill in rather than quote the wrong figure.
 */
public final class OfferedAmount {

    /** A pound sign and an amount, as {@link AmountText} reads it. */
    private static final Pattern POUNDS = Pattern.compile("£\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{2})?");
    /** "offers", "offered", "offering to pay", "offer of", each just before the amount. */
    private static final Pattern AFTER_OFFER = Pattern.compile(
            "offer(?:s|ed|ing)?\\s+(?:(?:to|of|pay|paying)\\s+){0,2}$");
    /** "arrears of", "owed", "balance of", "debt of", "arrears are", each just before the amount. */
    private static final Pattern AFTER_ARREARS = Pattern.compile(
            "(?:arrears|owed|owing|balance|debt)\\s+(?:(?:of|is|are|now|to)\\s+){0,2}$");

    private OfferedAmount() {
    }

    public static Optional<Money> in(String summary) {
        if (summary == null) {
            return Optional.empty();
        }
        Matcher m = POUNDS.matcher(summary);
        List<Found> found = new java.util.ArrayList<>();
        while (m.find()) {
            String before = summary.substring(0, m.start()).toLowerCase(Locale.UK);
            AmountText.read(m.group()).money().filter(Money::isPositive).ifPresent(money -> found.add(
                    new Found(money, AFTER_OFFER.matcher(before).find(), AFTER_ARREARS.matcher(before).find())));
        }
        if (found.stream().map(Found::money).distinct().count() == 1) {
            return Optional.of(found.get(0).money());
        }
        List<Money> offered = found.stream().filter(Found::afterOffer).map(Found::money).distinct().toList();
        boolean restAreArrears = found.stream().allMatch(f -> f.afterOffer() || f.afterArrears());
        return offered.size() == 1 && restAreArrears ? Optional.of(offered.get(0)) : Optional.empty();
    }

    private record Found(Money money, boolean afterOffer, boolean afterArrears) {
    }
}
