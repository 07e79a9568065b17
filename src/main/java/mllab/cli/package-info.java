/**
 * The same pipeline without a window (picocli): {@code run}, {@code compare}, {@code generate} and
 * {@code check}. Exit code 0 on success and 2 on bad input, with the same messages the window
 * shows.
 *
 * <p>May call every package below the ui: {@code export}, {@code persist}, {@code lesson}, {@code
 * pipeline}, {@code quiz}, the engine ({@code methods}, {@code model}, {@code prep}, {@code split},
 * {@code eval}, {@code data}) and {@code text}; never the ui.
 */
package mllab.cli;
