/**
 * The same pipeline without a window (picocli): {@code run}, {@code compare}, {@code generate}
 * and {@code check}. Exit code 0 on success and 2 on bad input, with the same messages the
 * window shows.
 */
package mllab.cli;
