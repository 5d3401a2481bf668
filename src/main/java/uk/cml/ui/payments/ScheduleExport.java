package uk.cml.ui.payments;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.ArrearsScheduleCsv;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.Problems;

/**
 * Writes the schedule to a CSV file the parent chose, with its totals line (the same table as the spreadsheet
 * export's "Arrears schedule.csv"). UTF-8 with a byte order mark, so Excel shows £ and accents
 * correctly. Written to a temporary file beside the target and then moved over it, so a failure half way never
 * leaves a cut-short file behind. Overwriting is only ever done after the file chooser asked the parent.
 */
public final class ScheduleExport {

    private ScheduleExport() {
    }

    public static String defaultFileName(LocalDate today) {
        return Messages.text("payments.scheduleExport.arrearsScheduleCsv", today);
    }

    public static void write(ArrearsSchedule schedule, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, ".arrears-", ".csv.part");
            try (Writer out = new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                ArrearsScheduleCsv.write(schedule, out);
                // The same totals line as the spreadsheet export's "Arrears schedule.csv": what is owed now.
                ArrearsScheduleCsv.writeTotals(schedule, out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notOnThisDisk) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new Problems.ParentMessage(Messages.text("payments.scheduleExport.theScheduleCouldNotBe",
                    target.getFileName(), folder), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // A leftover .part file is harmless; the message above already explains any failure.
                }
            }
        }
    }
}
