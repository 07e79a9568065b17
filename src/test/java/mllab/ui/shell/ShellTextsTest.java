package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import mllab.export.Export;
import mllab.text.Text;
import mllab.ui.quiz.LearnViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Texts the window looks up by a computed key (an enum constant's name, a shortcut's name), which
 * the bundle test cannot see in the code: every one of them is in the bundle.
 */
class ShellTextsTest {

  @AfterEach
  void plain() {
    Text.setPseudo(false);
  }

  @Test
  void everyThemeScreenActivityAndExportHasItsTitle() {
    List<String> missing = new ArrayList<>();
    collect(Theme.values(), Theme::title, missing);
    collect(Screen.values(), Screen::title, missing);
    collect(LearnViewModel.Activity.values(), LearnViewModel.Activity::title, missing);
    collect(Export.values(), Export::title, missing);
    assertEquals(List.of(), missing);
    assertEquals("High contrast", Theme.HIGH_CONTRAST.title());
    assertEquals("Review what I missed", LearnViewModel.Activity.REVIEW.title());
  }

  @Test
  void everyShortcutHasKeysAndAnActionFromTheBundle() {
    Text.setPseudo(true);
    for (int i = 0; i < ShortcutSheet.SHORTCUTS.length; i++) {
      String keys = ShortcutSheet.keys(i);
      String action = ShortcutSheet.action(i);
      assertFalse(keys.isBlank() || action.isBlank(), ShortcutSheet.SHORTCUTS[i]);
      assertEquals("⟦", keys.substring(0, 1), keys);
      assertEquals("⟦", action.substring(0, 1), action);
    }
    Text.setPseudo(false);
    assertEquals("Ctrl + O", ShortcutSheet.keys(6));
    assertEquals("Open a CSV or ARFF dataset", ShortcutSheet.action(6));
  }

  private static <T extends Enum<T>> void collect(
      T[] values, Function<T, String> title, List<String> missing) {
    for (T v : values) {
      try {
        if (title.apply(v).isBlank()) {
          missing.add(v + ": blank");
        }
      } catch (java.util.MissingResourceException e) {
        missing.add(v.getDeclaringClass().getSimpleName() + "." + v + ": " + e.getKey());
      }
    }
  }
}
