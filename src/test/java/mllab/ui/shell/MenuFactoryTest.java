package mllab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import mllab.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Menus described as data become items with their texts, shortcuts and states, found by id. */
class MenuFactoryTest {

  private final MenuFactory factory = new MenuFactory();

  /** Some items (a separator) are controls, which need the toolkit; no window is shown. */
  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void anItemHasItsTextShortcutAndActionAndIsFoundByItsId() {
    AtomicInteger runs = new AtomicInteger();
    List<MenuItem> items =
        factory.build(
            List.of(
                MenuEntry.separator(),
                MenuEntry.item("menu-quit", "shell.menu.quit", runs::incrementAndGet)
                    .withAccelerator("Shortcut+Q")));

    MenuItem quit = factory.find("menu-quit").orElseThrow();
    assertEquals(Text.get("shell.menu.quit"), quit.getText());
    assertEquals(KeyCombination.keyCombination("Shortcut+Q"), quit.getAccelerator());
    assertInstanceOf(SeparatorMenuItem.class, items.get(0));
    quit.fire();
    assertEquals(1, runs.get());
    assertTrue(factory.find("menu-nothing").isEmpty());
  }

  @Test
  void anItemIsEnabledOnlyWhileItsConditionHolds() {
    BooleanProperty trained = new SimpleBooleanProperty(false);
    factory.build(
        MenuEntry.item("menu-export-x", "shell.menu.exportItem", () -> {})
            .withArgs("Predictions (CSV)", "predictions.csv")
            .enabledWhen(trained));
    MenuItem item = factory.find("menu-export-x").orElseThrow();

    assertTrue(item.isDisable());
    assertEquals(
        Text.get("shell.menu.exportItem", "Predictions (CSV)", "predictions.csv"), item.getText());
    trained.set(true);
    assertFalse(item.isDisable());
  }

  @Test
  void aCheckItemAndItsPropertyFollowEachOther() {
    BooleanProperty on = new SimpleBooleanProperty(false);
    factory.build(
        MenuEntry.check("menu-presentation", "shell.presentation.menu", "Shortcut+Shift+P", on));
    CheckMenuItem item = (CheckMenuItem) factory.find("menu-presentation").orElseThrow();

    on.set(true);
    assertTrue(item.isSelected());
    item.setSelected(false);
    assertFalse(on.get());
  }

  @Test
  void choicesOfOneGroupExcludeEachOther() {
    factory.build(
        List.of(
            new MenuEntry.Choice(
                "theme-light", "shell.menu.theme", List.of("Light"), "themes", true, () -> {}),
            new MenuEntry.Choice(
                "theme-dark", "shell.menu.theme", List.of("Dark"), "themes", false, () -> {})));
    RadioMenuItem light = (RadioMenuItem) factory.find("theme-light").orElseThrow();
    RadioMenuItem dark = (RadioMenuItem) factory.find("theme-dark").orElseThrow();

    dark.setSelected(true);

    assertFalse(light.isSelected());
    assertEquals(light.getToggleGroup(), dark.getToggleGroup());
  }

  @Test
  void aSubmenuHoldsItsItemsWhichAreFoundByIdToo() {
    factory.build(
        MenuEntry.submenu(
            "menu-export",
            "shell.menu.export",
            List.of(MenuEntry.item("menu-export-a", "shell.menu.quit", () -> {}))));

    Menu export = (Menu) factory.find("menu-export").orElseThrow();
    assertEquals(List.of(factory.find("menu-export-a").orElseThrow()), export.getItems());
  }
}
