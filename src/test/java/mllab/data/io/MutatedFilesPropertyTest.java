package mllab.data.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a user feeds in — a damaged download, a half-saved file, random bytes — the reader
 * either loads it or throws a {@link DatasetFormatException} that names the file. Any other
 * exception would reach the user as a stack trace.
 */
class MutatedFilesPropertyTest {

  private static final String CSV =
      """
      brightness,contrast,"hue, mean",beach,sunset
      0.5,0.2,12,1,0
      0.1,0.9,-3.5e-2,0,1
      0.4,,7,1,1
      """;

  private static final String ARFF =
      """
      % toy file
      @relation 'toy: -C -2'
      @attribute 'Mean Centroid' numeric
      @attribute colour {red,green,'dark blue'}
      @attribute count INTEGER
      @attribute beach {0,1}
      @attribute sunset numeric
      @data
      0.5,red,3,1,0
      ?,'dark blue',4,0,1
      -1e3,green,5,1,1
      """;

  private static final String SPARSE =
      """
      @relation 'sparse: -C 2'
      @attribute a {0,1}
      @attribute b {0,1}
      @attribute w0 numeric
      @attribute w1 numeric
      @attribute w2 numeric
      @data
      {0 1,3 0.5}
      {1 1,2 2,4 1}
      """;

  private static final String GARBAGE = "\u0000,;\t\"'{}%@?\n\r\uFFFDéNaN-1e999 ";

  /** One damaging edit at a relative position of the file. */
  record Mutation(int kind, double where, double other, String text) {
    byte[] apply(byte[] in) {
      int at = (int) (where * in.length);
      switch (kind) {
        case 0 -> { // delete a run of bytes
          int end = Math.min(in.length, at + 1 + text.length());
          return concat(Arrays.copyOfRange(in, 0, at), Arrays.copyOfRange(in, end, in.length));
        }
        case 1 -> { // duplicate a run of bytes
          int end = Math.min(in.length, at + 1 + text.length());
          byte[] run = Arrays.copyOfRange(in, at, end);
          return concat(
              Arrays.copyOfRange(in, 0, end), run, Arrays.copyOfRange(in, end, in.length));
        }
        case 2 -> { // truncate
          return Arrays.copyOf(in, at);
        }
        case 3 -> { // insert garbage
          return concat(
              Arrays.copyOfRange(in, 0, at),
              text.getBytes(StandardCharsets.UTF_8),
              Arrays.copyOfRange(in, at, in.length));
        }
        default -> { // swap two lines
          List<String> lines =
              new ArrayList<>(List.of(new String(in, StandardCharsets.UTF_8).split("\n", -1)));
          if (lines.size() < 2) {
            return in;
          }
          int i = (int) (where * lines.size());
          int j = (int) (other * lines.size());
          String tmp = lines.get(i);
          lines.set(i, lines.get(j));
          lines.set(j, tmp);
          return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }
      }
    }

    private static byte[] concat(byte[]... parts) {
      int n = 0;
      for (byte[] p : parts) {
        n += p.length;
      }
      byte[] out = new byte[n];
      int o = 0;
      for (byte[] p : parts) {
        System.arraycopy(p, 0, out, o, p.length);
        o += p.length;
      }
      return out;
    }
  }

  @Provide
  Arbitrary<Mutation> mutation() {
    Arbitrary<String> garbage =
        Arbitraries.strings().withChars(GARBAGE.toCharArray()).ofMinLength(0).ofMaxLength(6);
    return Combinators.combine(
            Arbitraries.integers().between(0, 4),
            Arbitraries.doubles().between(0, 0.999).ofScale(3),
            Arbitraries.doubles().between(0, 0.999).ofScale(3),
            garbage)
        .as(Mutation::new);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return mutation().list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<String> validFile() {
    return Arbitraries.of("toy.csv", "toy.arff", "sparse.arff");
  }

  @Property(tries = 600, seed = "20261125")
  void aDamagedFileLoadsOrFailsWithAFormatErrorNamingTheFile(
      @ForAll("validFile") String name, @ForAll("mutations") List<Mutation> mutations)
      throws Exception {
    // Given a small valid file damaged by a few random edits
    String text = name.equals("toy.csv") ? CSV : name.equals("toy.arff") ? ARFF : SPARSE;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (Mutation m : mutations) {
      bytes = m.apply(bytes);
    }

    // When it is read / Then it loads, or fails with a message that names the file
    readAndCheck(name, bytes, ReadOptions.defaults());
    readAndCheck(
        name, bytes, ReadOptions.defaults().withMissingValues(MissingValuePolicy.IMPUTE_MEAN));
  }

  @Property(tries = 300, seed = "20261125")
  void randomTextAndBytesFailOnlyWithAFormatError(
      @ForAll("randomContent") byte[] bytes, @ForAll("validFile") String name) throws Exception {
    // Given arbitrary content under a dataset file name
    // When it is read / Then only a format error can come out
    readAndCheck(name, bytes, ReadOptions.defaults());
  }

  @Provide
  Arbitrary<byte[]> randomContent() {
    Arbitrary<byte[]> text =
        Arbitraries.strings()
            .withChars((GARBAGE + "0123456789abc.,\n@relationattributedata{}").toCharArray())
            .ofMaxLength(300)
            .map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    return Arbitraries.oneOf(text, raw);
  }

  private static void readAndCheck(String name, byte[] bytes, ReadOptions options)
      throws Exception {
    try {
      LoadedData data = DatasetReader.read(new ByteArrayInputStream(bytes), name, options);
      assertTrue(data.train().rows() > 0);
    } catch (DatasetFormatException e) {
      assertFalse(e.problem().isBlank(), "empty problem text");
      assertTrue(e.getMessage().startsWith(name), e.getMessage());
    }
  }
}
