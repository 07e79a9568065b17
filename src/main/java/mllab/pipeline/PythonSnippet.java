package mllab.pipeline;

/**
 * The equivalent Python (numpy / scikit-learn / Keras) for what a step just did with the current
 * settings, and the value that code would print, computed from the app's own data.
 *
 * @param code the Python source
 * @param output what running it prints
 */
public record PythonSnippet(String code, String output) {}
