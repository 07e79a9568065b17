package mllab.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mllab.text.Text;
import org.junit.jupiter.api.Test;

/** A difficulty is written in question files by its key and shown to students by its title. */
class DifficultyTitleTest {

  @Test
  void everyDifficultyHasATitleInTheBundleAndKeepsItsFileKey() {
    for (Difficulty d : Difficulty.values()) {
      assertTrue(Text.has("quiz.difficulty." + d.name()), d.name());
      assertEquals(d, Difficulty.fromKey(d.key()).orElseThrow());
    }
    assertEquals("Medium", Difficulty.MEDIUM.title());
    assertEquals("medium", Difficulty.MEDIUM.key());
  }
}
