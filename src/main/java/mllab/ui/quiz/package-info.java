/**
 * The Learn screen and the questions on every step screen: the activities with the student's
 * progress, one question at a time (by click or by key), a test's result and review, the "check
 * yourself" card, and the progress written off the FX thread.
 *
 * <p>May call {@code ui.common} and {@code ui.chart} and the packages below the ui ({@code
 * pipeline}, {@code lesson}, {@code persist}, {@code quiz}, the engine, {@code text}), but no other
 * screen; the shell puts its cards on the step screens.
 */
package mllab.ui.quiz;
