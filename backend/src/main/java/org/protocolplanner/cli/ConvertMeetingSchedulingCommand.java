package org.protocolplanner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.PlanDocumentWriter;
import org.protocolplanner.tools.meetingscheduling.MeetingSchedulingConverter;

/**
 * {@code convert-meeting-scheduling --input WORKBOOK.xlsx --output PLAN.json}: writes a workbook of
 * OptaPlanner's meeting-scheduling example as our problem document (the mapping is
 * {@link MeetingSchedulingConverter}'s), named after the workbook's file. A workbook that cannot be read
 * is a malformed document (exit code 2), its cell named as the path: {@code Meetings!C5: ...}.
 */
final class ConvertMeetingSchedulingCommand {

    static final String USAGE = "convert-meeting-scheduling --input WORKBOOK.xlsx --output PLAN.json";

    private ConvertMeetingSchedulingCommand() {}

    static void run(List<String> args) {
        Arguments arguments = Arguments.parse(args, Set.of("input", "output"));
        if (!arguments.positional().isEmpty()) {
            throw new UsageException(
                    "unexpected argument " + arguments.positional().get(0));
        }
        Path input = arguments.requiredPath("input");
        Path output = arguments.requiredPath("output");
        String name = input.getFileName().toString().replaceFirst("\\.xlsx$", "");
        PlanDocument plan;
        try (InputStream in = Files.newInputStream(input)) {
            plan = MeetingSchedulingConverter.convert(in, name);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + input);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input, e);
        }
        PlanFiles.write(output, new PlanDocumentWriter().write(plan));
    }
}
