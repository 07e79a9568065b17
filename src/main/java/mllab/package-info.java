/**
 * The app's entry classes: {@link mllab.Launcher} (the main class), {@link mllab.App} (the
 * composition root: it builds the session, the window and the error dialog, and opens the file the
 * app was started with) and {@link mllab.StartupArchive} (the scripted start the packaged app's
 * class-data-sharing archive is made from).
 *
 * <p>May call every package of the app; no package calls it.
 */
package mllab;
