package org.protocolplanner.cli;

import java.io.File;
import org.optaplanner.persistence.common.api.domain.solution.SolutionFileIO;
import org.protocolplanner.exchange.SolutionDocumentWriter;
import org.protocolplanner.planning.ProtocolScheduleFactory;
import org.protocolplanner.planning.ScheduleScorer;
import org.protocolplanner.planning.model.ProtocolSchedule;

/**
 * Lets OptaPlanner's benchmarker read a problem document as the command line does, and write a solution as
 * a solution document. Public with a public constructor: the benchmarker makes it by reflection.
 */
public final class PlanDocumentFileIO implements SolutionFileIO<ProtocolSchedule> {

    @Override
    public String getInputFileExtension() {
        return "json";
    }

    @Override
    public ProtocolSchedule read(File file) {
        return new ProtocolScheduleFactory().create(new PlanFiles().read(file.toPath()));
    }

    @Override
    public void write(ProtocolSchedule schedule, File file) {
        PlanFiles.write(
                file.toPath(), new SolutionDocumentWriter().write(new ScheduleScorer().document(schedule, null)));
    }
}
