/**
 * Changing the dataset: the Dataset menu (bundled, generated, opened from a file, dropped on the
 * window), the generator's dialog and the import dialog, which shows what a file was read as before
 * it replaces the current dataset. Reading and generating run in the background.
 *
 * <p>May call {@code ui.common} and {@code ui.chart} and the packages below the ui ({@code
 * pipeline}, {@code lesson}, {@code persist}, {@code quiz}, the engine, {@code text}), but no
 * screen.
 */
package mllab.ui.dataset;
