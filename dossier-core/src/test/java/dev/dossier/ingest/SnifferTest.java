package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Format;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnifferTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Headline\\nBody text.|TEXT",
            "\uFEFF<!DOCTYPE html><html><body></body></html>|HTML",
            "  <html lang=en><p>x</p></html>|HTML",
            "<?xml version='1.0'?><rss version='2.0'><channel></channel></rss>|FEED",
            "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'></feed>|FEED",
            "WARC/1.1\\r\\nWARC-Type: warcinfo|WARC",
            "{\"title\":\"a\",\"text\":\"b\"}\\n{\"title\":\"c\"}|JSONL",
            "{ not a json line at all\\nsecond line|TEXT",
            "Rubric: the <b>bold</b> claim, in text|TEXT"})
    void tellsTheFormatFromTheFirstBytes(String content, Format expected) {
        byte[] bytes = content.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(Sniffer.sniff(bytes, bytes.length).format()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({"89504e470d0a1a0a, PNG image", "ffd8ffe000104a46, JPEG image", "255044462d312e37, PDF document",
            "504b030414000000, ZIP archive", "7f454c4602010100, executable", "0001020304050607, binary data"})
    void recognisesBinaryContent(String hex, String kind) {
        byte[] bytes = java.util.HexFormat.of().parseHex(hex);
        assertThat(Sniffer.sniff(bytes, bytes.length).binaryKind()).isEqualTo(kind);
    }
}
