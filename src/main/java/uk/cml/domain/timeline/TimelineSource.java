package uk.cml.domain.timeline;

import java.util.List;

/** Anything that contributes entries to a case's timeline: calls, letters, payments, documents, notes. */
public interface TimelineSource {
    List<TimelineEntry> timeline(long caseId);
}
