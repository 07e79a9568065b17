package mllab.ui.common;

/** CSS style-class names used from Java; the theme files define what they look like. */
public final class Styles {

  private Styles() {}

  public static final String APP = "mllab";
  public static final String NAVIGATOR = "step-navigator";
  public static final String NAV_BUTTON = "nav-button";
  public static final String NAV_NUMBER = "nav-number";
  public static final String NAV_STATE = "nav-state";
  public static final String SCREEN = "screen";
  public static final String SCREEN_TITLE = "screen-title";
  public static final String SCREEN_SUBTITLE = "screen-subtitle";
  public static final String CARD = "card";
  public static final String CARD_TITLE = "card-title";
  public static final String SHAPE_CARD = "shape-card";
  public static final String SHAPE_BOX = "shape-box";
  public static final String SHAPE_ARROW = "shape-arrow";
  public static final String SHAPE_OPERATION = "shape-operation";
  public static final String MUTED = "muted";
  public static final String NUMBER = "number";
  public static final String BIG_NUMBER = "big-number";
  public static final String CODE = "code";
  public static final String CODE_OUTPUT = "code-output";
  public static final String WARNING = "warning-box";
  public static final String CHIP = "chip";
  public static final String CHIP_ON = "chip-on";
  public static final String CHIP_OFF = "chip-off";
  public static final String FOOTER = "footer-bar";
  public static final String LESSON = "lesson-text";
  public static final String HIGHLIGHT_ROW = "highlight-row";
  public static final String BAR = "value-bar";
  public static final String BAR_TRACK = "value-bar-track";
  public static final String TP = "cell-tp";
  public static final String FP = "cell-fp";
  public static final String FN = "cell-fn";
  public static final String TN = "cell-tn";
  public static final String STATE_READY = "state-ready";
  public static final String STATE_COMPUTING = "state-computing";
  public static final String STATE_NOT_COMPUTED = "state-not-computed";
  public static final String STATE_FAILED = "state-failed";

  // Evaluation screen (step 5) and prediction trace
  public static final String OUTCOME_MARKER = "outcome-marker";
  public static final String CONFUSION_CELL = "confusion-cell";
  public static final String METRIC_VALUE = "metric-value";
  public static final String EMPTY_STATE = "empty-state";
  public static final String LABEL_TILE = "label-tile";
  public static final String PAIR_CELL = "pair-cell";
  public static final String TRACE_LAYER = "trace-layer";
}
