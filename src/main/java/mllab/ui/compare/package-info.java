/**
 * The comparison of methods, in a window of its own beside step 5: the five methods fitted on the
 * same split and scaled features off the FX thread, their metrics at one threshold, and each
 * method's lesson paragraph and Python equivalent.
 *
 * <p>May call {@code ui.common} and {@code ui.chart} and the packages below the ui ({@code
 * pipeline}, {@code lesson}, {@code persist}, {@code quiz}, the engine, {@code text}), but no
 * screen; step 5 opens it.
 */
package mllab.ui.compare;
