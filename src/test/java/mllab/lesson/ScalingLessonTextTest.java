package mllab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import mllab.data.Dataset;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import mllab.prep.ScalerComparison;
import mllab.prep.ScalingReport;
import org.junit.jupiter.api.Test;

/**
 * Step 2's lesson speaks about the data on screen: its features' own scales and what fitting the
 * scaler on all rows changes in its own test rows, not the photo lesson's pixels and faces.
 */
class ScalingLessonTextTest {

  @Test
  void binaryFeaturesAreAlreadyZeroToOneAndTheLeakChangesNothing() {
    // Given data whose features are 0 or 1 (as bibtex's word features), one of them always 0
    PipelineSession s = new PipelineSession(binary(), "words.arff");
    assertEquals(0, s.leakage().differingCells(), "every test value lies in the training range");

    String text = oneLine(LessonText.forStep(s, Step.PREPROCESSING));

    // Then the lesson says scaling leaves these values as they are, counts the constant feature
    // and says the toggle changes nothing here, with no word of the photo lesson
    assertTrue(
        text.contains(
            "Every one of the 5 features that vary in this data already runs from 0 to 1"),
        text);
    assertTrue(text.contains("One of the 6 features holds one value in every row"), text);
    assertTrue(text.contains("switch the toggle and watch nothing change"), text);
    assertNoPhotoLesson(text);
  }

  @Test
  void aTestValueBeyondTheTrainingRangeIsNamedWithItsOwnNumbers() {
    // Given the lesson's rows under another file name: other data, with one extreme test value
    PipelineSession lesson = Lesson.session();
    PipelineSession s = new PipelineSession(lesson.dataset(), "copy.arff");
    assertFalse(LessonText.isLesson(s));
    ScalerComparison leak = s.leakage();
    ScalingReport.Cell extreme = leak.first().highest().orElseThrow();

    String text = oneLine(LessonText.forStep(s, Step.PREPROCESSING));

    // Then the text counts that value, names its feature, its raw and scaled value and how many
    // test values the leaky fit changes, all as the session computed them
    assertTrue(
        text.contains(
            "one of the "
                + String.format(Locale.ROOT, "%,d", leak.first().totalCells())
                + " test values lies outside the range of the training rows, in one feature"),
        text);
    assertTrue(
        text.contains(
            "the farthest, "
                + ScalingWords.number(extreme.raw())
                + " for `"
                + extreme.featureName()
                + "`, scales to "
                + ScalingWords.number(extreme.scaled())),
        text);
    assertTrue(
        text.contains(String.format(Locale.ROOT, "%,d test values change", leak.differingCells())),
        text);
    assertTrue(leak.second().allInside(), "the leaky fit brings every test value inside 0–1");
    // And the features' scales are this data's own: the widest runs up to its real maximum
    assertTrue(text.contains("The raw features of this data live on different scales"), text);
    // (these rows' own feature names may speak of faces; the photo lesson's sentences do not come)
    assertFalse(text.contains("a count of faces") || text.contains("face detector"), text);
  }

  @Test
  void theLessonItselfKeepsItsPixelsAndFaces() {
    String text = oneLine(LessonText.forStep(Lesson.session(), Step.PREPROCESSING));
    assertTrue(text.contains("a pixel intensity up to 255 and a count of faces"), text);
    assertTrue(text.contains("a face detector now and then miscounts"), text);
  }

  @Test
  void numbersReadAsAPersonWritesThem() {
    assertEquals("255", ScalingWords.number(255));
    assertEquals("1,000", ScalingWords.number(1000));
    assertEquals("0.304", ScalingWords.number(0.304417));
    assertEquals("-1.5", ScalingWords.number(-1.5));
    assertEquals("1.28", ScalingWords.number(1.2831));
  }

  private static void assertNoPhotoLesson(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : List.of("photo", "pixel", "face", "255")) {
      assertFalse(lower.contains(word), word + " in: " + text);
    }
  }

  private static String oneLine(String markdown) {
    return markdown.replaceAll("\\s+", " ");
  }

  /** 120 rows of five 0/1 features and one that is always 0, with two labels. */
  private static Dataset binary() {
    Random r = new Random(3);
    int n = 120;
    double[][] x = new double[n][6];
    int[][] y = new int[n][2];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 5; j++) {
        x[i][j] = r.nextBoolean() ? 1 : 0;
      }
      y[i][0] = (int) x[i][0];
      y[i][1] = r.nextInt(2);
    }
    List<String> features = new ArrayList<>();
    for (int j = 0; j < 6; j++) {
      features.add("word" + j);
    }
    return new Dataset("words", x, y, features, List.of("a", "b"));
  }
}
