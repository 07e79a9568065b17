package mllab.data.io;

/**
 * Receives how far a read has come, so a window can show a progress bar for a large file. Called on
 * the reading thread, a few times per megabyte and once at the end.
 */
@FunctionalInterface
public interface ReadProgress {

  /** Does nothing; the default. */
  ReadProgress NONE = (bytesRead, totalBytes) -> {};

  /**
   * @param bytesRead bytes consumed so far
   * @param totalBytes the file size, or -1 when it is not known (a stream)
   */
  void update(long bytesRead, long totalBytes);
}
