/**
 * Words and numbers as the user reads them: {@link mllab.text.Text} reads every user-visible
 * sentence from the bundle ({@code assets/i18n/messages.properties}), and {@link
 * mllab.text.Decimals} rounds numbers as Python prints them, so a card and a Python panel never
 * disagree in the last digit.
 *
 * <p>The bottom of the app, beside {@code capability}: it calls no other app package, and every
 * package may call it.
 */
package mllab.text;
