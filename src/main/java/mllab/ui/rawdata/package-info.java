/**
 * Step 1, Raw data: the table of rows (columns windowed), the label statistics and the
 * co-occurrence heatmap with its searchable label picker.
 *
 * <p>May call {@code ui.common} and {@code ui.chart} and the packages below the ui ({@code
 * pipeline}, {@code lesson}, {@code persist}, {@code quiz}, the engine, {@code text}), but no other
 * screen.
 */
package mllab.ui.rawdata;
