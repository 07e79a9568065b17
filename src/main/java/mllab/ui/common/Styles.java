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
  public static final String CODE_SCROLL = "code-scroll";
  public static final String CODE_OUTPUT = "code-output";
  public static final String WARNING = "warning-box";
  public static final String INFO = "info-box";
  public static final String CHIP = "chip";
  public static final String CHIP_ON = "chip-on";
  public static final String CHIP_OFF = "chip-off";

  /** The digit in a chip that is a pane with a text rather than a label (step 1's rows table). */
  public static final String CHIP_TEXT = "chip-text";

  public static final String FOOTER = "footer-bar";
  public static final String LESSON = "lesson-text";
  public static final String HIGHLIGHT_ROW = "highlight-row";
  public static final String BAR = "value-bar";
  public static final String BAR_TRACK = "value-bar-track";
  public static final String STATE_READY = "state-ready";
  public static final String STATE_COMPUTING = "state-computing";
  public static final String STATE_NOT_COMPUTED = "state-not-computed";
  public static final String STATE_FAILED = "state-failed";

  // Learn screen and "check yourself" card (mllab.ui.quiz)
  public static final String LEARN = "learn-screen";
  public static final String QUIZ_PROMPT = "quiz-prompt";
  public static final String QUIZ_OPTION = "quiz-option";
  public static final String QUIZ_OPTION_LETTER = "quiz-option-letter";
  public static final String QUIZ_RIGHT = "quiz-right";
  public static final String QUIZ_WRONG = "quiz-wrong";
  public static final String QUIZ_FEEDBACK = "quiz-feedback";
  public static final String QUIZ_MESSAGE = "quiz-message";
  public static final String QUIZ_HINT = "quiz-hint";
  public static final String QUIZ_META = "quiz-meta";
  public static final String SOLUTION = "quiz-solution";
  public static final String SOLUTION_STEP_TITLE = "quiz-solution-step-title";
  public static final String QUIZ_ENTRY = "quiz-entry";
  public static final String QUIZ_SCORE = "quiz-score";
  public static final String QUIZ_REVIEW_ITEM = "quiz-review-item";
  public static final String CHECK_YOURSELF = "check-yourself";
  public static final String QUIZ_TABLE = "quiz-table";
  public static final String QUIZ_TABLE_HEAD = "quiz-table-head";
  public static final String QUIZ_TABLE_CELL = "quiz-table-cell";
  // Training (step 4): banner, notes, setting errors and the network diagram
  public static final String TRAINING_BANNER = "training-banner";
  public static final String TRAINING_NOTE = "training-note";
  public static final String SETTING_ERROR = "setting-error";
  public static final String CHART_CAPTION = "chart-caption";
  public static final String NETWORK_DIAGRAM = "network-diagram";
  public static final String NET_NODE = "net-node";
  public static final String NET_OUTPUT = "net-output";
  public static final String NET_TEXT = "net-text";
  public static final String NET_HEADER = "net-header";
  public static final String NET_LABEL = "net-label";
  public static final String NET_PROBABILITY = "net-probability";
  public static final String NET_EDGE = "net-edge";
  public static final String NET_EDGE_POSITIVE = "net-edge-positive";
  public static final String NET_EDGE_NEGATIVE = "net-edge-negative";
  public static final String OBSERVATION_TEXT = "observation-text";
  // Evaluation screen (step 5) and prediction trace
  public static final String OUTCOME_MARKER = "outcome-marker";
  public static final String CONFUSION_CELL = "confusion-cell";
  public static final String METRIC_VALUE = "metric-value";
  public static final String EMPTY_STATE = "empty-state";
  public static final String LABEL_TILE = "label-tile";

  /** The horizontal list that holds step 5's label tiles: no selection colour behind a tile. */
  public static final String LABEL_TILE_LIST = "label-tile-list";

  public static final String PAIR_CELL = "pair-cell";
  public static final String TRACE_LAYER = "trace-layer";
  // Evaluation: outcome pseudo-classes (":tp" …), toggled on table cells as the threshold moves
  public static final String OUTCOME_TP = "tp";
  public static final String OUTCOME_FP = "fp";
  public static final String OUTCOME_FN = "fn";
  public static final String OUTCOME_TN = "tn";

  /** Step 1's rows table: rows of one fixed height, so columns out of view are left out. */
  public static final String ROWS_TABLE = "rows-table";

  public static final String PREDICTIONS_TABLE = "predictions-table";

  /**
   * A word in a predictions-table cell, drawn as a Text node: coloured like a label's text there.
   */
  public static final String CELL_TEXT = "cell-text";

  /** Every label's text node has this class (the theme smooths its glyphs by it). */
  public static final String TEXT = "text";

  // Accessibility and layout (a11y)
  /** The name in front of a frequency bar; its width is in em so that it follows the zoom. */
  public static final String BAR_NAME = "bar-name";

  public static final String LABEL_LIST = "label-list";

  // Presentation mode (View menu)
  /** On the root in presentation mode: larger slider thumbs and tracks, thicker focus rings. */
  public static final String PRESENTATION = "presentation";
}
