/**
 * The guided tour: the app walks through the five steps with a short narration each, and asks the
 * student to predict first at two stops, answering from the real numbers.
 *
 * <p>May call {@code ui.common} and {@code ui.chart} and the packages below the ui ({@code
 * pipeline}, {@code lesson}, {@code persist}, {@code quiz}, the engine, {@code text}), but no
 * screen; the shell drives the screens for it.
 */
package mllab.ui.tour;
