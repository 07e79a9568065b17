package mllab.ui.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import mllab.text.Text;

/**
 * Makes JavaFX menu items from {@link MenuEntry} descriptions, and finds the items it made by their
 * id, never by their position.
 */
final class MenuFactory {

  private final Map<String, MenuItem> byId = new HashMap<>();
  private final Map<String, ToggleGroup> groups = new HashMap<>();

  /** The items of {@code entries}, in order. */
  List<MenuItem> build(List<MenuEntry> entries) {
    return entries.stream().map(this::build).toList();
  }

  /** The item of {@code entry}. */
  MenuItem build(MenuEntry entry) {
    MenuItem made;
    if (entry instanceof MenuEntry.Item item) {
      made = plain(item);
    } else if (entry instanceof MenuEntry.Check check) {
      CheckMenuItem box = new CheckMenuItem(Text.get(check.textKey()));
      box.selectedProperty().bindBidirectional(check.selected());
      made = withShortcut(box, check.accelerator());
    } else if (entry instanceof MenuEntry.Choice choice) {
      RadioMenuItem radio = new RadioMenuItem(text(choice.textKey(), choice.textArgs()));
      radio.setToggleGroup(groups.computeIfAbsent(choice.group(), g -> new ToggleGroup()));
      radio.setSelected(choice.selected());
      radio.setOnAction(e -> choice.action().run());
      made = radio;
    } else if (entry instanceof MenuEntry.Submenu submenu) {
      Menu menu = new Menu(Text.get(submenu.textKey()));
      menu.getItems().setAll(build(submenu.entries()));
      if (submenu.onShowing() != null) {
        menu.setOnShowing(e -> submenu.onShowing().run());
      }
      made = menu;
    } else if (entry instanceof MenuEntry.Custom custom) {
      made = custom.factory().get();
    } else {
      made = new SeparatorMenuItem();
    }
    if (entry.id() != null) {
      made.setId(entry.id());
      byId.put(entry.id(), made);
    }
    return made;
  }

  /** The item made with {@code id}, if any. */
  Optional<MenuItem> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  private static MenuItem plain(MenuEntry.Item item) {
    String text = text(item.textKey(), item.textArgs());
    MenuItem made =
        item.icon() == null ? new MenuItem(text) : new MenuItem(text, item.icon().get());
    withShortcut(made, item.accelerator());
    Runnable action = item.action();
    made.setOnAction(e -> action.run());
    if (item.enabled() != null) {
      made.disableProperty().bind(Bindings.not(item.enabled()));
    }
    return made;
  }

  private static MenuItem withShortcut(MenuItem item, String accelerator) {
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    return item;
  }

  private static String text(String key, List<Object> args) {
    return Text.get(key, args.toArray());
  }
}
