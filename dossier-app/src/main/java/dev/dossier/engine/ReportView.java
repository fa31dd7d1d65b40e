package dev.dossier.engine;

import dev.dossier.model.Rejection;
import dev.dossier.pipeline.RunReport;
import java.util.List;

/** An ingest report in JSON. */
public record ReportView(
        long documentsRead, long articlesStored, long duplicatesSkipped, long rejected, List<RejectionView> rejections, LinkReport stories) {

    /** One rejected document: where it came from and why. */
    public record RejectionView(String source, String record, String url, String reason) {
        static RejectionView of(Rejection rejection) {
            return new RejectionView(rejection.origin().source(), rejection.origin().record(), rejection.origin().url(), rejection.reason());
        }
    }

    public static ReportView of(IngestReport ingest) {
        RunReport report = ingest.run();
        return new ReportView(report.documentsRead(), report.articlesStored(), report.duplicatesSkipped(),
                report.rejectedCount(), report.rejections().stream().map(RejectionView::of).toList(), ingest.stories());
    }
}
