package mllab.data.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import mllab.text.Text;

/**
 * The checks every file passes before a parser sees it: not too large, and text rather than a
 * picture or a spreadsheet picked by mistake. Decoding is strict UTF-8 (which includes ASCII), so a
 * wrongly encoded file fails with a message instead of turning into question marks.
 */
final class TextInput {

  static final int SNIFF_BYTES = 1024;
  private static final long PROGRESS_STEP = 256 * 1024;

  private TextInput() {}

  /** Refuses a file of {@code size} bytes that exceeds the limit or the memory it would need. */
  static void checkSize(String fileName, long size, long maxBytes, long maxMemory)
      throws DatasetFormatException {
    if (size > maxBytes) {
      throw DatasetFormatException.ofFile(
          fileName,
          Text.get("engine.io.tooLarge", humanSize(size), humanSize(maxBytes)),
          Text.get("engine.io.tooLarge.hint"));
    }
    // Numbers as text take about as many bytes as the doubles they become, and loading holds the
    // parsed rows and the dataset's own copy at once: a few times the file size.
    if (size > maxMemory / 4) {
      throw DatasetFormatException.ofFile(
          fileName,
          Text.get("engine.io.outOfMemory", humanSize(size), humanSize(maxMemory)),
          Text.get("engine.io.outOfMemory.hint"));
    }
  }

  /**
   * A strict UTF-8 reader over {@code in}, after checking its first KB looks like text. A UTF-8
   * byte order mark is skipped.
   */
  static Reader open(InputStream in, String fileName, long totalBytes, ReadProgress progress)
      throws IOException, DatasetFormatException {
    BufferedInputStream buffered =
        new BufferedInputStream(new Counting(in, totalBytes, progress), 1 << 16);
    buffered.mark(SNIFF_BYTES);
    byte[] head = buffered.readNBytes(SNIFF_BYTES);
    buffered.reset();
    if (!looksLikeText(head)) {
      throw DatasetFormatException.ofFile(
          fileName, Text.get("engine.io.notText"), Text.get("engine.io.notText.hint"));
    }
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      buffered.skipNBytes(3);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new InputStreamReader(buffered, decoder);
  }

  /** No NUL byte and valid UTF-8, allowing a character cut off at the end of the sample. */
  static boolean looksLikeText(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result =
        decoder.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length + 1), false);
    return !result.isError();
  }

  /** "900 B", "2.4 MB", "3.2 GB". */
  static String humanSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return v == Math.rint(v)
        ? (long) v + " " + units[u]
        : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  /** Counts bytes and tells the progress listener every 256 KB and at the end. */
  private static final class Counting extends FilterInputStream {
    private final long total;
    private final ReadProgress progress;
    private long count;
    private long reported;

    Counting(InputStream in, long total, ReadProgress progress) {
      super(in);
      this.total = total;
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      advance(b < 0 ? -1 : 1);
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      advance(n);
      return n;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void advance(int n) {
      if (n < 0) {
        if (reported != count || count == 0) {
          reported = count;
          progress.update(count, total);
        }
        return;
      }
      count += n;
      if (count - reported >= PROGRESS_STEP) {
        reported = count;
        progress.update(count, total);
      }
    }
  }
}
