/**
 * Step 4, Training: Play, Pause, Step and Reset, the hyper-parameters, the loss and accuracy
 * curves, the epoch table with a sentence per epoch, and the network diagram. Training runs on the
 * background runner; the FX thread only draws the epochs it is handed.
 *
 * <p>May call {@code ui.common} and {@code ui.chart} and the packages below the ui ({@code
 * pipeline}, {@code lesson}, {@code persist}, {@code quiz}, the engine, {@code text}), but no other
 * screen.
 */
package mllab.ui.training;
