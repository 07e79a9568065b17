package mllab.lesson;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import mllab.data.DatasetGenerator;
import mllab.data.GeneratorSettings;
import mllab.pipeline.PipelineSession;
import mllab.pipeline.Step;
import org.junit.jupiter.api.Test;

/** The lesson texts describe the photos only when the photo lesson is loaded. */
class LessonTextTest {

  @Test
  void theLessonDataKeepsItsPhotoTextAndOtherDataGetsItsOwnNamesAndNumbers() {
    // Given the lesson and a generated 53-label dataset
    PipelineSession lesson = Lesson.session();
    PipelineSession other =
        new PipelineSession(
            DatasetGenerator.generate(GeneratorSettings.uniform(400, 30, 53, 0.1, 5)),
            "other.arff");
    for (Step step : Step.values()) {
      String forLesson = LessonText.forStep(lesson, step);
      String forOther = LessonText.forStep(other, step);
      // Then no marker or placeholder is left in either
      for (String text : new String[] {forLesson, forOther}) {
        assertFalse(
            text.contains("<!--") || text.matches("(?s).*\\{[a-zA-Z0-9]+\\}.*"),
            step + ": " + text);
      }
      // And the other data's text says nothing of photos, beaches, sunsets, pixels or faces
      String lower = forOther.toLowerCase(Locale.ROOT);
      for (String word : java.util.List.of("photo", "beach", "sunset", "pixel", "face")) {
        assertFalse(lower.contains(word), step + " says " + word + ": " + forOther);
      }
    }
    // The lesson still reads as written; other data is named by its own labels and numbers
    assertTrue(LessonText.forStep(lesson, Step.RAW_DATA).contains("Each row is one **photo**"));
    String raw = LessonText.forStep(other, Step.RAW_DATA);
    assertTrue(raw.contains("`label_1`, `label_2`, `label_3`, `label_4` and 49 more"), raw);
    assertTrue(raw.contains("400 rows") && raw.contains("30 numeric"), raw);
    assertTrue(
        LessonText.forStep(other, Step.SPLIT)
            .contains("400 rows with a test fraction of 0.2 give 320 training and 80 test rows"));
    // A file that happens to be named like the lesson's, with other labels, is not the lesson
    assertFalse(LessonText.isLesson(new PipelineSession(other.dataset(), Lesson.DATASET_FILE)));
  }
}
