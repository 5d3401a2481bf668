package uk.cml.ui.bin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.cml.domain.bin.BinSource;
import uk.cml.domain.UkFormats;
import uk.cml.domain.bin.BinnedItem;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.ui.common.Jobs;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageStatus;

/** The bin: everything the parent moved to the bin in every area, most recent first, each one click from back. */
final class BinModel {

    /** A binned item and the area that can put it back. */
    record Binned(BinnedItem item, BinSource source) {

        /**
         * "Call: ..." and when: a call at its time, anything else on its day (never at a made-up "00:00"). A title
         * that already says what it is ("Payment of £103.74 on 27 Nov 2026") is not told it twice.
         */
        String what() {
            return item.title().startsWith(item.kind() + " ") ? item.title() : item.kind() + ": " + item.title();
        }

        /**
         * The day it carries, named as the date in the parent's records, and when it was moved to the bin. Not the
         * day again under a title that already says it ("Payment of £65.00 on 9 Mar 2026"): reviewer rv10 read
         * "From 9 Mar 2026." under it as unexplained and repeated.
         */
        String when() {
            String binned = UkFormats.dateTime(item.binnedAt());
            if (item.timeOfDay().isEmpty() && item.title().contains(UkFormats.shortDate(item.happenedOn()))) {
                return Messages.text("bin.view.movedToTheBin", binned);
            }
            String happened = item.timeOfDay().map(time -> UkFormats.dateTime(item.happenedOn().atTime(time)))
                    .orElseGet(() -> UkFormats.shortDate(item.happenedOn()));
            return Messages.text("bin.view.dateMovedToTheBin", happened, binned);
        }
    }

    private final List<BinSource> sources;
    private final Jobs jobs;
    private final ObjectProperty<CaseFile> currentCase;
    private final ObservableList<Binned> items = FXCollections.observableArrayList();
    private final PageStatus status = new PageStatus();

    BinModel(List<BinSource> sources, Jobs jobs, ObjectProperty<CaseFile> currentCase) {
        this.sources = List.copyOf(sources);
        this.jobs = jobs;
        this.currentCase = currentCase;
        currentCase.addListener((obs, old, now) -> reload());
    }

    ObservableList<Binned> items() {
        return items;
    }

    PageStatus status() {
        return status;
    }

    void reload() {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null) {
            items.clear();
            return;
        }
        jobs.start(() -> everything(caseFile.id()), items::setAll, status::problem);
    }

    /** What the case has in the bin from every area, most recently binned first. */
    private List<Binned> everything(long caseId) {
        List<Binned> all = new ArrayList<>();
        for (BinSource source : sources) {
            source.binned(caseId).forEach(item -> all.add(new Binned(item, source)));
        }
        all.sort(Comparator.comparing((Binned b) -> b.item().binnedAt()).reversed());
        return all;
    }

    /**
     * Puts it back, and says so; anything that came back with it (a letter's copy, which went to the Bin with it) is
     * named too, or the parent would find it gone from the Bin with no word of where.
     */
    void putBack(Binned binned) {
        CaseFile caseFile = currentCase.get();
        List<Binned> before = List.copyOf(items);
        jobs.start(() -> {
            binned.source().restore(binned.item().sourceId());
            return caseFile == null ? List.<Binned>of() : everything(caseFile.id());
        }, after -> {
            String title = binned.item().title();
            String withIt = before.stream().filter(b -> !same(b, binned) && after.stream().noneMatch(a -> same(a, b)))
                    .map(Binned::what).collect(java.util.stream.Collectors.joining("; "));
            boolean stop = title.endsWith(".");
            status.say(withIt.isEmpty()
                    ? Messages.text(stop ? "bin.model.putBackEndsWithStop" : "bin.model.putBack", title)
                    : Messages.text(stop ? "bin.model.putBackWithItEndsWithStop" : "bin.model.putBackWithIt", title,
                            withIt));
            items.setAll(after);
        }, status::problem);
    }

    private static boolean same(Binned a, Binned b) {
        return a.source() == b.source() && a.item().sourceId() == b.item().sourceId();
    }
}
