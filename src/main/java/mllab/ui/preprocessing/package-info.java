/**
 * Step 2, Preprocessing: min-max scaling on the real data, its ranges and a feature's histogram
 * before and after, and the leak shown when the scaler is fitted on all rows.
 *
 * <p>May call {@code ui.common} and {@code ui.chart} and the packages below the ui ({@code
 * pipeline}, {@code lesson}, {@code persist}, {@code quiz}, the engine, {@code text}), but no other
 * screen.
 */
package mllab.ui.preprocessing;
