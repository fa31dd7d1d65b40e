package dev.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.ingest.IngestOptions;
import dev.dossier.model.RawDocument;
import dev.dossier.model.Rejection;
import dev.dossier.pipeline.DocumentSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReaderTest {

    @TempDir
    Path dir;

    @Test
    void resumesAfterGarbageBetweenGzipMembersAndCountsTheTruncatedLastRecord() throws IOException {
        Collected read = read("broken.warc.gz", BrokenArchives.gzippedWarcWithGarbageAndTruncation());

        assertThat(read.documents).extracting(document -> document.origin().url())
                .containsExactly("https://harbour.example.lm/warc/0", "https://harbour.example.lm/warc/1");
        assertThat(read.rejections).hasSize(2).allSatisfy(rejection -> assertThat(rejection.reason()).startsWith("corrupt WARC record"));
        assertThat(read.rejections.get(0).origin().record()).as("garbage after the first record").isEqualTo("after offset 0");
        assertThat(read.rejections.get(1).reason()).contains("truncated");
    }

    @Test
    void resumesAfterACorruptRecordInAPlainArchive() throws IOException {
        byte[] archive = BrokenArchives.plainWarcWithCorruptRecord();
        Collected read = read("broken.warc", archive);

        assertThat(read.documents).extracting(document -> document.origin().url())
                .containsExactly("https://harbour.example.lm/warc/0", "https://harbour.example.lm/warc/1");
        assertThat(read.rejections).singleElement().satisfies(rejection -> {
            assertThat(rejection.reason()).startsWith("corrupt WARC record");
            long offset = rejection.origin().offset().orElseThrow();
            assertThat(new String(archive, (int) offset, 8, StandardCharsets.US_ASCII)).isEqualTo("WARC/1.1");
        });
    }

    @Test
    void keepsOffsetsIntoTheFileForRecordsReadAfterResuming() throws IOException {
        byte[] archive = BrokenArchives.plainWarcWithCorruptRecord();
        Collected read = read("offsets.warc", archive);

        long second = read.documents.get(1).origin().offset().orElseThrow();
        assertThat(new String(archive, (int) second, 8, StandardCharsets.US_ASCII)).isEqualTo("WARC/1.1");
        assertThat(second).isGreaterThan(read.rejections.get(0).origin().offset().orElseThrow());
    }

    private Collected read(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        Collected collected = new Collected();
        ArchiveReader.read(file.toUri().toString(), new Configuration(), IngestOptions.defaults(), collected);
        return collected;
    }

    private static final class Collected implements DocumentSource.Sink {
        final List<RawDocument> documents = new ArrayList<>();
        final List<Rejection> rejections = new ArrayList<>();

        @Override
        public void accept(RawDocument document) {
            documents.add(document);
        }

        @Override
        public void rejected(Rejection rejection) {
            rejections.add(rejection);
        }
    }
}
