package dev.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.model.Format;
import dev.dossier.model.Metadata;
import dev.dossier.model.Origin;
import dev.dossier.model.RawDocument;
import dev.dossier.model.Rejection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DocumentQueueTest {

    @Test
    void handsOverDocumentsAndRejectionsInTheOrderTheReaderPushedThem() {
        List<ReadItem> items = new ArrayList<>();
        try (DocumentQueue queue = new DocumentQueue("test", sink -> {
            for (int i = 0; i < 100; i++) {
                if (i % 10 == 3) {
                    sink.rejected(new Rejection(Origin.ofFile("f").withRecord("line " + i), "not a JSON object"));
                } else {
                    sink.accept(document(i));
                }
            }
        })) {
            queue.forEachRemaining(items::add);
        }

        assertThat(items).hasSize(100);
        assertThat(items.get(3)).isInstanceOf(ReadItem.Rejected.class);
        assertThat(((ReadItem.Document) items.get(99)).record()).isEqualTo("line 99");
    }

    @Test
    void rethrowsWhatTheReaderFailedWithAfterTheDocumentsBeforeIt() {
        DocumentQueue queue = new DocumentQueue("failing", sink -> {
            sink.accept(document(0));
            throw new IllegalStateException("reader bug");
        });

        assertThat(queue.next()).isInstanceOf(ReadItem.Document.class);
        assertThatThrownBy(queue::hasNext).isInstanceOf(IllegalStateException.class).hasMessage("reader bug");
    }

    @Test
    void closingStopsAReaderThatIsWaitingForRoom() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        DocumentQueue queue = new DocumentQueue("endless", sink -> {
            try {
                for (int i = 0; ; i++) {
                    sink.accept(document(i));
                }
            } finally {
                stopped.countDown();
            }
        });
        queue.next();

        queue.close();

        assertThat(stopped.await(10, TimeUnit.SECONDS)).as("the reader thread ended").isTrue();
    }

    private static RawDocument document(int line) {
        return new RawDocument(Origin.ofFile("f").withRecord("line " + line), Format.TEXT, ("text " + line).getBytes(StandardCharsets.UTF_8),
                null, Instant.EPOCH, Metadata.EMPTY);
    }
}
