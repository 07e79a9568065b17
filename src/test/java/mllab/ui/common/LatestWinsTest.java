package mllab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import mllab.ui.HeldRunner;
import org.junit.jupiter.api.Test;

/** Of work asked for again before the worker finished, only the latest request's result is used. */
class LatestWinsTest {

  private final HeldRunner runner = new HeldRunner();
  private final LatestWins latest = new LatestWins(runner);
  private final List<String> used = new ArrayList<>();

  @Test
  void anOlderResultArrivingAfterANewerRequestIsDropped() {
    latest.run(() -> "first pick", used::add);
    latest.run(() -> "second pick", used::add);
    runner.runAll();
    assertEquals(List.of("second pick"), used);
  }

  @Test
  void aResultArrivesWhenNothingNewerWasAsked() {
    latest.run(() -> "only pick", used::add);
    runner.runAll();
    latest.run(() -> "next pick", used::add);
    runner.runAll();
    assertEquals(List.of("only pick", "next pick"), used);
  }

  @Test
  void droppingLeavesNothingOnItsWayToBeUsed() {
    latest.run(() -> "stale", used::add);
    latest.drop();
    runner.runAll();
    assertEquals(List.of(), used);
  }
}
