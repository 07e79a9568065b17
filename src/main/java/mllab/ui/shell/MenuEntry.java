package mllab.ui.shell;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;

/**
 * One entry of a menu, described as data: its id (by which it is found), the key of its text, its
 * shortcut, what it does and when it is enabled. {@link MenuFactory} makes the JavaFX item.
 */
sealed interface MenuEntry {

  /** The item's node id; null for a separator. */
  String id();

  /** An item that runs {@code action}, enabled always, with no shortcut and no icon. */
  static Item item(String id, String textKey, Runnable action) {
    return new Item(id, textKey, List.of(), null, null, action, null);
  }

  /** A check item whose tick is {@code selected}, both ways. */
  static Check check(String id, String textKey, String accelerator, BooleanProperty selected) {
    return new Check(id, textKey, accelerator, selected);
  }

  /** A submenu of {@code entries}. */
  static Submenu submenu(String id, String textKey, List<MenuEntry> entries) {
    return new Submenu(id, textKey, entries, null);
  }

  static Separator separator() {
    return new Separator();
  }

  /** An item made by {@code factory} (one whose content changes as the app runs). */
  static Custom custom(String id, Supplier<MenuItem> factory) {
    return new Custom(id, factory);
  }

  /**
   * A plain item.
   *
   * @param textArgs the values filled into the text's placeholders
   * @param accelerator the shortcut as {@code KeyCombination.keyCombination} reads it; null: none
   * @param icon makes the item's icon; null: none
   * @param enabled when the item can be chosen; null: always
   */
  record Item(
      String id,
      String textKey,
      List<Object> textArgs,
      String accelerator,
      Supplier<Node> icon,
      Runnable action,
      ObservableBooleanValue enabled)
      implements MenuEntry {

    Item withArgs(Object... args) {
      return new Item(id, textKey, List.of(args), accelerator, icon, action, enabled);
    }

    Item withAccelerator(String keys) {
      return new Item(id, textKey, textArgs, keys, icon, action, enabled);
    }

    Item withIcon(Supplier<Node> newIcon) {
      return new Item(id, textKey, textArgs, accelerator, newIcon, action, enabled);
    }

    Item enabledWhen(ObservableBooleanValue condition) {
      return new Item(id, textKey, textArgs, accelerator, icon, action, condition);
    }
  }

  /** A check item (View → Presentation mode). */
  record Check(String id, String textKey, String accelerator, BooleanProperty selected)
      implements MenuEntry {}

  /**
   * One of a group of radio items, of which one is chosen (View → the themes).
   *
   * @param group the name of the group; items of one menu with the same name exclude each other
   */
  record Choice(
      String id,
      String textKey,
      List<Object> textArgs,
      String group,
      boolean selected,
      Runnable action)
      implements MenuEntry {}

  /** A submenu; {@code onShowing}, if not null, runs each time it opens. */
  record Submenu(String id, String textKey, List<MenuEntry> entries, Runnable onShowing)
      implements MenuEntry {

    Submenu onShowing(Runnable action) {
      return new Submenu(id, textKey, entries, action);
    }
  }

  /** A line between groups of items. */
  record Separator() implements MenuEntry {
    @Override
    public String id() {
      return null;
    }
  }

  /** An item made elsewhere, by {@code factory}, whose id is {@code id}. */
  record Custom(String id, Supplier<MenuItem> factory) implements MenuEntry {}
}
