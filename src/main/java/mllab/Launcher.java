package mllab;

/**
 * Plain entry point for {@code java -jar} and {@code java -cp}: a main class that is not an
 * {@code Application} subclass lets the JavaFX runtime load from the class path.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    App.main(args);
  }
}
