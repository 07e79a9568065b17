package mllab.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Writes a wide, sparse multi-label ARFF file shaped like MULAN's delicious (tags of web pages: 983
 * labels, 500 binary word features, about 19 tags per row), with its MULAN {@code .xml} label file
 * beside it: the data the issue-12 targets are measured on. Never committed; benchmarks and tools
 * write it under {@code target/}.
 *
 * <p>Label {@code k} is carried by a share of rows that falls off as a power of its rank (a few
 * tags are common, most are rare, as with real tags); each label has three words of its own that a
 * row carrying it shows with probability one half, and every row has a few words at random, so the
 * labels are learnable. Rows are written in ARFF's sparse form ({@code {3 1,17 1,…}}), features
 * first, labels last, both declared {@code {0,1}} as MULAN does. Fixed seed: the same arguments
 * give the same bytes.
 *
 * <pre>java -cp ... mllab.bench.WideArff target/wide/wide.arff [rows features labels]</pre>
 */
public final class WideArff {

  /** The issue-12 target file: 12,920 rows × 500 features × 983 labels, about 4 MB. */
  public static final int[] TARGET = {12_920, 500, 983};

  private static final int WORDS_PER_LABEL = 3;
  private static final int RANDOM_WORDS = 24;
  private static final double MOST_COMMON = 0.35;
  private static final double FALL_OFF = 0.62;

  private WideArff() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1 && args.length != 4) {
      throw new IllegalArgumentException(
          "usage: WideArff FILE.arff [rows features labels]; got " + args.length + " arguments");
    }
    Path file = Path.of(args[0]);
    int[] shape =
        args.length == 4
            ? new int[] {
              Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3])
            }
            : TARGET;
    write(file, shape[0], shape[1], shape[2], 2024L);
    System.out.printf(
        Locale.ROOT,
        "wrote %s: %d × %d × %d, %.2f MB%n",
        file.getFileName(),
        shape[0],
        shape[1],
        shape[2],
        Files.size(file) / 1e6);
  }

  /** Writes {@code file} (ARFF) and the MULAN label file beside it ({@code name.xml}). */
  public static void write(Path file, int rows, int features, int labels, long seed)
      throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    String stem = file.getFileName().toString().replaceFirst("(?i)\\.arff$", "");
    try (Writer xml = Files.newBufferedWriter(dir.resolve(stem + ".xml"), StandardCharsets.UTF_8)) {
      xml.write(
          "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
              + "<labels xmlns=\"http://mulan.sourceforge.net/labels\">\n");
      for (int k = 0; k < labels; k++) {
        xml.write("<label name=\"" + labelName(k) + "\"></label>\n");
      }
      xml.write("</labels>\n");
    }
    SplittableRandom rng = new SplittableRandom(seed);
    double[] prevalence = new double[labels];
    for (int k = 0; k < labels; k++) {
      prevalence[k] = MOST_COMMON / Math.pow(k + 1, FALL_OFF);
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("@relation '" + stem + "'\n\n");
      for (int j = 0; j < features; j++) {
        out.write(String.format(Locale.ROOT, "@attribute w%04d {0,1}%n", j + 1));
      }
      for (int k = 0; k < labels; k++) {
        out.write("@attribute " + labelName(k) + " {0,1}\n");
      }
      out.write("\n@data\n");
      StringBuilder line = new StringBuilder();
      TreeSet<Integer> words = new TreeSet<>();
      TreeSet<Integer> tags = new TreeSet<>();
      for (int i = 0; i < rows; i++) {
        words.clear();
        tags.clear();
        for (int k = 0; k < labels; k++) {
          if (rng.nextDouble() < prevalence[k]) {
            tags.add(k);
            for (int w = 0; w < WORDS_PER_LABEL; w++) {
              if (rng.nextBoolean()) {
                words.add((k * 7 + w * 131) % features);
              }
            }
          }
        }
        if (tags.isEmpty()) {
          tags.add(rng.nextInt(labels));
        }
        for (int w = 0; w < RANDOM_WORDS; w++) {
          words.add(rng.nextInt(features));
        }
        line.setLength(0);
        line.append('{');
        for (int w : words) {
          line.append(w).append(" 1,");
        }
        for (int k : tags) {
          line.append(features + k).append(" 1,");
        }
        line.setCharAt(line.length() - 1, '}');
        line.append('\n');
        out.write(line.toString());
      }
    }
  }

  /** {@code tag_0001_a} …: names that sort and search like real tags. */
  private static String labelName(int k) {
    return String.format(Locale.ROOT, "tag_%04d_%s", k + 1, (char) ('a' + k % 26));
  }
}
