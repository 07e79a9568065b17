package mllab.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DecimalParserTest {

  @Test
  void typicalBenchmarkValuesTakeTheFastPath() {
    // Given values as they appear in yeast and emotions
    // When parsed in place / Then they equal the JDK's result
    assertEquals(-0.123456, DecimalParser.parse("-0.123456", 0, 9), 0);
    assertEquals(237.0, DecimalParser.parse("x,237,", 2, 5), 0);
    assertEquals(1.5e-3, DecimalParser.parse("1.5e-3", 0, 6), 0);
  }

  @Test
  void textAndSpecialValuesAreLeftToTheFullParser() {
    // Given values the fast path must not interpret
    // When parsed / Then NaN tells the caller to use Double.parseDouble and its errors
    for (String s :
        new String[] {
          "", "-", "abc", "NaN", "Infinity", "1e", "0x1p3", "1,5", "1e400", "12345678901234567890"
        }) {
      assertTrue(Double.isNaN(DecimalParser.parse(s, 0, s.length())), s);
    }
  }

  @Property(tries = 2000, seed = "7")
  void anyPrintedDoubleParsesToExactlyTheSameValue(@ForAll double d) {
    // Given a double as Java prints it
    String s = Double.toString(d);

    // When parsed in place
    double v = DecimalParser.parse(s, 0, s.length());

    // Then it is either left to the full parser or bit-for-bit the JDK's value
    assertTrue(Double.isNaN(v) || Double.compare(v, Double.parseDouble(s)) == 0, s);
  }

  @Property(tries = 5000, seed = "7")
  void anyDecimalLikeTextParsesLikeTheJdk(@ForAll("decimalLike") String s) {
    // Given text made of digits, signs, dots and exponents
    // When parsed in place
    double v = DecimalParser.parse(s, 0, s.length());

    // Then a fast-path result is exactly what Double.parseDouble gives
    if (!Double.isNaN(v)) {
      assertEquals(0, Double.compare(v, Double.parseDouble(s)), s);
    }
  }

  @Provide
  Arbitrary<String> decimalLike() {
    return Arbitraries.strings()
        .withChars("0123456789-+.eE".toCharArray())
        .ofMinLength(1)
        .ofMaxLength(22);
  }
}
