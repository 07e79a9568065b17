package mllab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mllab.data.Dataset;
import mllab.data.DatasetGenerator;
import mllab.data.DatasetStats;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.split.SplitMethod;
import mllab.text.Text;

/**
 * A step's lesson text about the data on screen. The texts in {@code assets/lessons} are written
 * for the photo lesson; a passage that only the lesson's data makes true sits between {@code <!--
 * lesson -->} and {@code <!-- other -->}, followed by its version for any other data up to {@code
 * <!-- end -->}, which names that data's own labels and numbers through placeholders: {@code
 * {rows}}, {@code {features}}, {@code {labels}}, {@code {labelList}} (a few names in code font),
 * {@code {labelA}} and {@code {labelB}} (the two most frequent labels), {@code {train80}} and
 * {@code {test20}} (an 80/20 split of the rows), {@code {trainRows}} and {@code {testRows}} (the
 * split on screen), and the facts of {@link #stepFact}. An other-data version may end with {@code
 * <!-- predefined -->} and a version for data that came as separate train and test files.
 */
public final class LessonText {

  private static final Pattern BLOCK =
      Pattern.compile("<!-- lesson -->(.*?)<!-- other -->(.*?)<!-- end -->", Pattern.DOTALL);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)\\}");

  /** How many label names {@code {labelList}} spells out before it counts the rest. */
  static final int LISTED = 4;

  private LessonText() {}

  /** Step {@code step}'s lesson text for {@code session}'s data (the photo lesson when null). */
  public static String forStep(PipelineSession session, Step step) {
    return render(raw(step), session);
  }

  private static final Map<Step, String> RAW = new java.util.concurrent.ConcurrentHashMap<>();

  /** The lesson text as written, with both versions of each data-bound passage. */
  public static String raw(Step step) {
    return RAW.computeIfAbsent(step, LessonText::read);
  }

  private static String read(Step step) {
    String file =
        "/assets/lessons/" + step.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".md";
    try (InputStream in = LessonText.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing lesson text " + file + " in the application");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps the lesson's or the other version of each passage and fills in the data's facts. */
  public static String render(String markdown, PipelineSession session) {
    boolean lesson = isLesson(session);
    Matcher m = BLOCK.matcher(markdown);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(
              lesson ? m.group(1) : fill(other(m.group(2), session), session)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The other-data version of a passage: its part after {@code <!-- predefined -->} when the data
   * came as separate train and test files (its split is then published, not drawn), else the part
   * before it.
   */
  private static String other(String text, PipelineSession s) {
    int at = text.indexOf(PREDEFINED);
    if (at < 0) {
      return text;
    }
    return s.splitMethod() == SplitMethod.PREDEFINED
        ? text.substring(at + PREDEFINED.length())
        : text.substring(0, at);
  }

  private static final String PREDEFINED = "<!-- predefined -->";

  /** Whether the data on screen is the photo lesson's: the bundled file with its photo tags. */
  public static boolean isLesson(PipelineSession session) {
    return session == null
        || (Lesson.DATASET_FILE.equals(session.source())
            && session.dataset().labelNames().equals(DatasetGenerator.PHOTO_LABELS));
  }

  private static String fill(String text, PipelineSession s) {
    Map<String, String> facts = facts(s);
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = facts.containsKey(m.group(1)) ? facts.get(m.group(1)) : stepFact(m.group(1), s);
      m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The facts of steps 2 and 4, read only where a text asks for them: step 2's sentences ({@link
   * ScalingWords}), the base-rate loss, the training rows, the batch size and the steps per epoch.
   */
  private static String stepFact(String name, PipelineSession s) {
    return switch (name) {
      case "scales" -> ScalingWords.scales(s.stats());
      case "leak" -> ScalingWords.leak(s.leakage());
      case "baseTrainLoss" -> loss(s.baseRate().train());
      case "baseTestLoss" -> loss(s.baseRate().test());
      case "fitRows" -> mllab.text.Decimals.count(s.split().train().rows());
      case "batch" -> String.valueOf(s.trainingConfig().batchSize());
      case "steps" ->
          mllab.text.Decimals.count(
              (s.split().train().rows() + s.trainingConfig().batchSize() - 1)
                  / s.trainingConfig().batchSize());
      default -> null;
    };
  }

  /** A loss as the lesson quotes it: two decimals, three below 0.1 (rare labels' small losses). */
  private static String loss(double v) {
    return mllab.text.Decimals.fixed(v, v < 0.1 ? 3 : 2);
  }

  private static Map<String, String> facts(PipelineSession s) {
    Dataset d = s.dataset();
    int rows = s.combined().rows();
    List<String> names = d.labelNames();
    List<String> shown = new ArrayList<>();
    for (int k = 0; k < Math.min(LISTED, names.size()); k++) {
      shown.add("`" + names.get(k) + "`");
    }
    String list =
        String.join(", ", shown)
            + (names.size() > LISTED
                ? Text.get(
                    "lesson.text.moreLabels", mllab.text.Decimals.count(names.size() - LISTED))
                : "");
    DatasetStats st = s.stats();
    List<DatasetStats.LabelFrequency> byCount = new ArrayList<>(st.labelFrequencies());
    byCount.sort(Comparator.comparingInt(DatasetStats.LabelFrequency::count).reversed());
    String a = byCount.isEmpty() ? "" : byCount.get(0).label();
    String b = byCount.size() < 2 ? a : byCount.get(1).label();
    int test = (int) Math.round(rows * 0.2);
    // The published split's own counts, read only for it: other texts need no split at all.
    int testRows = s.splitMethod() == SplitMethod.PREDEFINED ? s.split().test().rows() : 0;
    return Map.of(
        "trainRows", mllab.text.Decimals.count(rows - testRows),
        "testRows", mllab.text.Decimals.count(testRows),
        "rows", mllab.text.Decimals.count(rows),
        "features", mllab.text.Decimals.count(d.featureCount()),
        "labels", mllab.text.Decimals.count(names.size()),
        "labelList", list,
        "labelA", a,
        "labelB", b,
        "train80", mllab.text.Decimals.count(rows - test),
        "test20", mllab.text.Decimals.count(test));
  }
}
