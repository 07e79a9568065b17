/**
 * The window around the screens: navigation between steps and Learn, menus, shortcuts, zoom, theme
 * and presentation mode, the tour, the status line, sessions and exports. {@link
 * mllab.ui.shell.MainWindow} assembles; the screens know nothing of it.
 *
 * <p>May call every ui package and every package below the ui; no ui package calls it.
 */
package mllab.ui.shell;
