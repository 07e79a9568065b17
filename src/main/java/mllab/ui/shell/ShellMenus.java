package mllab.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import mllab.text.Text;
import mllab.ui.common.Advanced;
import mllab.ui.common.FileDialogs;
import mllab.ui.tour.TourViewModel;

/**
 * The window's menus as data: File, View and Help, each item with its id, text, shortcut and action
 * ({@link MenuEntry}); the Dataset menu is the dataset package's own.
 */
final class ShellMenus {

  /** What the menus act on. */
  record Parts(
      SessionViewModel sessions,
      FileDialogs fileDialogs,
      ExportService exports,
      QuestionBankService banks,
      AppearanceViewModel appearance,
      TourViewModel tour,
      Runnable resetToLesson) {}

  private final Parts parts;
  private final Supplier<Scene> scene;
  private final Supplier<Stage> stage;
  private final MenuFactory factory = new MenuFactory();
  private final Menu file = new Menu(Text.get("shell.menu.file"));
  private final Menu view = new Menu(Text.get("shell.menu.view"));
  private final Menu help = new Menu(Text.get("shell.menu.help"));

  /** Held here: the check item binds to it both ways, and such a binding holds it only weakly. */
  private BooleanProperty hideAdvanced;

  /**
   * @param scene the window's scene and {@code stage} its stage, both null until it is shown
   */
  ShellMenus(Parts parts, Supplier<Scene> scene, Supplier<Stage> stage) {
    this.parts = parts;
    this.scene = scene;
    this.stage = stage;
  }

  /**
   * The menu bar with its titles, shown with the first frame; the items (two dozen, with their
   * shortcuts) are put in by {@link #fill}, a few pulses after it, before anyone can open a menu.
   */
  MenuBar createBar(Menu datasetMenu) {
    return new MenuBar(file, datasetMenu, view, help);
  }

  /** Puts the items into the File, View and Help menus. */
  void fill() {
    file.getItems().setAll(factory.build(fileEntries()));
    view.getItems().setAll(factory.build(viewEntries()));
    help.getItems().setAll(factory.build(helpEntries()));
  }

  private List<MenuEntry> fileEntries() {
    List<MenuEntry> entries =
        new ArrayList<>(
            new SessionMenu(parts.sessions(), () -> scene.get().getWindow(), parts.fileDialogs())
                .entries());
    QuestionBankService banks = parts.banks();
    entries.addAll(
        List.of(
            MenuEntry.separator(),
            MenuEntry.item("menu-reset-lesson", "shell.menu.resetLesson", parts.resetToLesson())
                .withAccelerator("Shortcut+Shift+R"),
            parts.exports().exportMenu(),
            parts.exports().notebookItem(),
            MenuEntry.separator(),
            MenuEntry.item("menu-open-bank", "shell.menu.openBank", banks::chooseAndOpen),
            MenuEntry.item(
                "menu-export-moodle", "shell.menu.exportMoodle", () -> banks.chooseExport(true)),
            MenuEntry.item(
                "menu-export-gift", "shell.menu.exportGift", () -> banks.chooseExport(false)),
            MenuEntry.separator(),
            MenuEntry.item("menu-quit", "shell.menu.quit", () -> scene.get().getWindow().hide())
                .withAccelerator("Shortcut+Q")));
    return entries;
  }

  private List<MenuEntry> viewEntries() {
    AppearanceViewModel appearance = parts.appearance();
    hideAdvanced = hideAdvancedProperty();
    List<MenuEntry> entries =
        new ArrayList<>(
            List.of(
                MenuEntry.custom(
                    "menu-zoom-level",
                    new ZoomIndicator(appearance.zoomProperty())::createMenuItem),
                MenuEntry.item("menu-zoom-in", "shell.menu.zoomIn", appearance::zoomIn)
                    .withAccelerator("Shortcut+Equals"),
                MenuEntry.item("menu-zoom-out", "shell.menu.zoomOut", appearance::zoomOut)
                    .withAccelerator("Shortcut+Minus"),
                MenuEntry.item("menu-zoom-reset", "shell.menu.actualSize", appearance::resetZoom)
                    .withAccelerator("Shortcut+0"),
                MenuEntry.item("menu-full-screen", "shell.menu.fullScreen", this::toggleFullScreen)
                    .withAccelerator("F11"),
                // View → Hide advanced controls: the Python panels and the hyper-parameters, for a
                // projector.
                MenuEntry.check(
                    "menu-hide-advanced",
                    "shell.menu.hideAdvanced",
                    "Shortcut+Shift+H",
                    hideAdvanced),
                MenuEntry.check(
                    "menu-presentation",
                    "shell.presentation.menu",
                    "Shortcut+Shift+P",
                    appearance.presentationProperty()),
                MenuEntry.separator()));
    for (Theme t : Theme.values()) {
      entries.add(
          new MenuEntry.Choice(
              "theme-" + t.name().toLowerCase(Locale.ROOT).replace('_', '-'),
              "shell.menu.theme",
              List.of(t.title()),
              "themes",
              t == appearance.theme(),
              () -> appearance.setTheme(t)));
    }
    return entries;
  }

  private List<MenuEntry> helpEntries() {
    return List.of(
        MenuEntry.item(
                "menu-shortcuts",
                "shell.menu.shortcuts",
                () -> ShortcutSheet.show(scene.get().getWindow()))
            .withAccelerator("F1"),
        MenuEntry.item("menu-tour", "shell.menu.tour", () -> parts.tour().start())
            .withAccelerator("Shortcut+T"));
  }

  private void toggleFullScreen() {
    stage.get().setFullScreen(!stage.get().isFullScreen());
  }

  /** Ticked while the advanced controls are hidden. */
  private BooleanProperty hideAdvancedProperty() {
    BooleanProperty hide = new SimpleBooleanProperty(!Advanced.shownProperty().get());
    hide.addListener(
        (o, a, b) -> {
          Advanced.shownProperty().set(!b);
          // A focused hyper-parameter field that just disappeared would keep the focus out of
          // sight (and keep the window's keys to itself): the window takes it back.
          Scene s = scene.get();
          if (b && !visibleOnScreen(s.getFocusOwner())) {
            s.getRoot().requestFocus();
          }
        });
    return hide;
  }

  private static boolean visibleOnScreen(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return node != null;
  }
}
