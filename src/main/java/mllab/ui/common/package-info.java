/**
 * What every screen shares: {@link mllab.ui.common.SessionModel} (the pipeline session as
 * observable state, and the one path by which results computed on a worker reach the FX thread),
 * {@link mllab.ui.common.BackgroundRunner}, style-class names ({@link mllab.ui.common.Styles}),
 * dialogs, the windowed table columns ({@link mllab.ui.common.ColumnWindow}) and the stall monitor.
 *
 * <p>May call the packages below the ui, never a screen package or {@code ui.shell}.
 */
package mllab.ui.common;
