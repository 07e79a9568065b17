package mllab.ui.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mllab.text.Text;
import org.junit.jupiter.api.Test;

/** The import dialog's label-column choices are named by a key computed from the constant. */
class LabelModeTextTest {

  @Test
  void everyLabelModeIsNamedInTheBundle() {
    for (ImportDialog.LabelMode mode : ImportDialog.LabelMode.values()) {
      assertTrue(Text.has("dataset.import.mode." + mode.name()), mode.name());
      assertFalse(mode.toString().isBlank(), mode.name());
    }
    assertEquals("The last N columns", ImportDialog.LabelMode.LAST.toString());
  }
}
