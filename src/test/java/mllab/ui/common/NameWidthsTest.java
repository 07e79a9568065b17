package mllab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which names a box's or a list's width is measured from. */
class NameWidthsTest {

  @Test
  void theLongestNamesAreFoundWhereverTheyAre() {
    // Given 30,000 label-set names of 1 to 20 characters, with the five longest scattered
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      names.add("x".repeat(1 + i % 20));
    }
    List<String> longest = List.of("a".repeat(40), "b".repeat(38), "c".repeat(35));
    names.set(7, longest.get(2));
    names.set(15_000, longest.get(0));
    names.set(29_999, longest.get(1));

    // Then the eight measured are those three and five of the 20-character ones
    List<String> measured = NameWidths.longest(names, 8);
    assertEquals(8, measured.size());
    assertTrue(measured.containsAll(longest), measured.toString());
    Set<String> rest = new HashSet<>(measured);
    rest.removeAll(longest);
    assertEquals(Set.of("x".repeat(20)), rest);
    // and fewer names than asked for are all measured
    assertEquals(Set.of("ab", "c"), new HashSet<>(NameWidths.longest(List.of("ab", "c"), 8)));
  }
}
