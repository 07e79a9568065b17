package mllab.ui.common;

/**
 * The ids of the window's nodes, shared by the views that set them and the tests that look them up:
 * a renamed id is then a compile error in the test, not a lookup that finds nothing. Grouped by the
 * package whose view sets the id; ids built from a prefix and a label index stay beside the code
 * that builds them.
 */
public final class NodeIds {

  // mllab.ui.chart
  public static final String ACCURACY_CAPTION = "accuracy-caption";
  public static final String OPENING = "opening";
  public static final String CURVES_CARD = "curves-card";
  public static final String PER_LABEL_CURVES = "per-label-curves";

  // mllab.ui.common
  public static final String LESSON_CARD = "lesson-card";
  public static final String PYTHON_PANEL = "python-panel";
  public static final String SCREEN_TITLE = "screen-title";
  public static final String SHAPE_CARD = "shape-card";
  public static final String SHAPE_OPERATION = "shape-operation";
  public static final String UNEXPECTED_ERROR = "unexpected-error";

  // mllab.ui.compare
  public static final String COMPARE_CANCEL = "compare-cancel";
  public static final String COMPARE_CHAIN_ORDER = "compare-chain-order";
  public static final String COMPARE_LABEL_F1 = "compare-label-f1";
  public static final String COMPARE_METHODS = "compare-methods";
  public static final String COMPARE_POS_WEIGHT = "compare-pos-weight";
  public static final String COMPARE_POS_WEIGHT_REASON = "compare-pos-weight-reason";
  public static final String COMPARE_PROGRESS = "compare-progress";
  public static final String COMPARE_RUN = "compare-run";
  public static final String COMPARE_STATUS = "compare-status";
  public static final String COMPARE_TABLE = "compare-table";
  public static final String COMPARE_THRESHOLD = "compare-threshold";
  public static final String COMPARE_THRESHOLD_VALUE = "compare-threshold-value";
  public static final String COMPARE_UNSEEN = "compare-unseen";
  public static final String COMPARE_VIEW = "compare-view";

  // mllab.ui.dataset
  public static final String DATASET_ERROR = "dataset-error";
  public static final String DATASET_PROGRESS = "dataset-progress";
  public static final String DATASET_STATUS = "dataset-status";
  public static final String GEN_ERROR = "gen-error";
  public static final String GEN_OK = "gen-ok";
  public static final String IMPORT_FEATURES = "import-features";
  public static final String IMPORT_LABEL_COUNT = "import-label-count";
  public static final String IMPORT_LABEL_FIND = "import-label-find";
  public static final String IMPORT_LABEL_LIST = "import-label-list";
  public static final String IMPORT_LABEL_MODE = "import-label-mode";
  public static final String IMPORT_LABELS = "import-labels";
  public static final String IMPORT_OK = "import-ok";
  public static final String IMPORT_PREVIEW = "import-preview";
  public static final String IMPORT_PROGRESS = "import-progress";
  public static final String IMPORT_REREAD = "import-reread";
  public static final String IMPORT_STATUS = "import-status";
  public static final String IMPORT_STOP = "import-stop";
  public static final String IMPORT_SUMMARY = "import-summary";
  public static final String IMPORT_USE_TEST = "import-use-test";
  public static final String IMPORT_WARNINGS = "import-warnings";
  public static final String MENU_BUNDLED = "menu-bundled";
  public static final String MENU_DATASET = "menu-dataset";
  public static final String MENU_GENERATE = "menu-generate";
  public static final String MENU_OPEN = "menu-open";
  public static final String MISSING_VALUES = "missing-values";

  // mllab.ui.evaluation
  public static final String AVERAGED_METRICS = "averaged-metrics";
  public static final String CARDINALITY_CARD = "cardinality-card";
  public static final String COLUMN_EXACT = "column-exact";
  public static final String COLUMN_HAMMING = "column-hamming";
  public static final String COLUMN_ROW = "column-row";
  public static final String COMPARE_METHODS_BUTTON = "compare-methods-button";
  public static final String CURVE_LABEL = "curve-label";
  public static final String EVALUATION_CONTENT = "evaluation-content";
  public static final String EVALUATION_EMPTY = "evaluation-empty";
  public static final String EVALUATION_EMPTY_MESSAGE = "evaluation-empty-message";
  public static final String EVALUATION_TABS = "evaluation-tabs";
  public static final String F1_OPTIMAL_BUTTON = "f1-optimal-button";
  public static final String FILTER_COUNT = "filter-count";
  public static final String GO_TO_TRAINING = "go-to-training";
  public static final String LABEL_TILES = "label-tiles";
  public static final String LEAKAGE_WARNING = "leakage-warning";
  public static final String METRICS_CARD = "metrics-card";
  public static final String METRICS_TITLE = "metrics-title";
  public static final String NO_PREDICTION_HINT = "no-prediction-hint";
  public static final String PAIR_COUNTS = "pair-counts";
  public static final String PAIR_COUNTS_NOTE = "pair-counts-note";
  public static final String PAIR_COUNTS_SCROLL = "pair-counts-scroll";
  public static final String PCUT_BUTTON = "pcut-button";
  public static final String PER_LABEL_CARD = "per-label-card";
  public static final String PER_LABEL_NOTE = "per-label-note";
  public static final String PER_LABEL_TOGGLE = "per-label-toggle";
  public static final String PREDICTIONS_TABLE = "predictions-table";
  public static final String RANKING_CARD = "ranking-card";
  public static final String RANKING_METRICS = "ranking-metrics";
  public static final String ROW_FILTER = "row-filter";
  public static final String ROW_FILTER_LABELS = "row-filter-labels";
  public static final String ROWS_WITHOUT_LABEL = "rows-without-label";
  public static final String TAB_PREDICTIONS = "tab-predictions";
  public static final String TAB_SWEEP = "tab-sweep";
  public static final String TAB_TRACE = "tab-trace";
  public static final String THRESHOLD_CARD = "threshold-card";
  public static final String THRESHOLD_SLIDER = "threshold-slider";
  public static final String THRESHOLD_SLIDER_OFF = "threshold-slider-off";
  public static final String THRESHOLD_VALUE = "threshold-value";
  public static final String TUNING_NOTE = "tuning-note";

  // mllab.ui.preprocessing
  public static final String FEATURE_CHOICE = "feature-choice";
  public static final String FIT_ALL_ROWS = "fit-all-rows";
  public static final String FIT_TRAIN_ONLY = "fit-train-only";
  public static final String RANGES_TABLE = "ranges-table";
  public static final String SCALING_TEST_NOTE = "scaling-test-note";

  // mllab.ui.quiz
  public static final String ACTIVITY_TITLE = "activity-title";
  public static final String LAST_OUTCOME = "last-outcome";
  public static final String MISSED_NOTE = "missed-note";
  public static final String POSITION_LABEL = "position-label";
  public static final String PROGRESS_BANNER = "progress-banner";
  public static final String PROGRESS_CARD = "progress-card";
  public static final String PROGRESS_SUMMARY = "progress-summary";
  public static final String QUESTION_PAGE = "question-page";
  public static final String QUIZ_PROGRESS = "quiz-progress";
  public static final String RESULT_PAGE = "result-page";
  public static final String REVIEW_LIST = "review-list";
  public static final String RUN_NOTE = "run-note";
  public static final String SCORE_LABEL = "score-label";
  public static final String SCREEN_LEARN = "screen-learn";

  // mllab.ui.rawdata
  public static final String COOCCURRENCE_CARD = "cooccurrence-card";
  public static final String COOCCURRENCE_HEATMAP = "cooccurrence-heatmap";
  public static final String COOCCURRENCE_HIDDEN = "cooccurrence-hidden";
  public static final String COOCCURRENCE_MOST_FREQUENT = "cooccurrence-most-frequent";
  public static final String COOCCURRENCE_PICK = "cooccurrence-pick";
  public static final String COOCCURRENCE_PICK_MESSAGE = "cooccurrence-pick-message";
  public static final String COOCCURRENCE_PICK_PANEL = "cooccurrence-pick-panel";
  public static final String COOCCURRENCE_SCROLL = "cooccurrence-scroll";
  public static final String LABEL_STATS_CARD = "label-stats-card";
  public static final String MULTILABEL_CONTRAST = "multilabel-contrast";
  public static final String ROWS_TABLE = "rows-table";

  // mllab.ui.shell
  public static final String BACK_BUTTON = "back-button";
  public static final String BACK_TO_QUESTION = "back-to-question";
  public static final String EXPORT_ERROR = "export-error";
  public static final String MENU_RECENT = "menu-recent";
  public static final String MENU_RECENT_NONE = "menu-recent-none";
  public static final String MENU_ZOOM_LEVEL = "menu-zoom-level";
  public static final String NEXT_BUTTON = "next-button";
  public static final String SCREEN_CONTENT = "screen-content";
  public static final String SESSION_ERROR = "session-error";
  public static final String SHORTCUT_SHEET = "shortcut-sheet";
  public static final String STATUS_NOTICE = "status-notice";
  public static final String TRY_IT_BAR = "try-it-bar";
  public static final String TRY_IT_TEXT = "try-it-text";
  public static final String ZOOM_LEVEL = "zoom-level";

  // mllab.ui.split
  public static final String PROPORTION_BAR = "proportion-bar";
  public static final String RATE_GAP = "rate-gap";
  public static final String SPLIT_PREDEFINED_NOTE = "split-predefined-note";
  public static final String SPLIT_RANDOM = "split-random";
  public static final String SPLIT_SEED = "split-seed";
  public static final String SPLIT_STRATIFIED = "split-stratified";
  public static final String SPLIT_VALIDATION = "split-validation";
  public static final String SPLIT_WARNING = "split-warning";
  public static final String TEST_COUNT = "test-count";
  public static final String TEST_FRACTION_SLIDER = "test-fraction-slider";
  public static final String TEST_FRACTION_VALUE = "test-fraction-value";
  public static final String TRAIN_COUNT = "train-count";
  public static final String VALIDATION_COUNT = "validation-count";
  public static final String VALIDATION_FRACTION_SLIDER = "validation-fraction-slider";
  public static final String VALIDATION_FRACTION_VALUE = "validation-fraction-value";

  // mllab.ui.tour
  public static final String TOUR_BAR = "tour-bar";
  public static final String TOUR_LEAVE = "tour-leave";
  public static final String TOUR_NEXT = "tour-next";
  public static final String TOUR_TEXT = "tour-text";
  public static final String TOUR_TITLE = "tour-title";

  // mllab.ui.trace
  public static final String TRACE_CONTENT = "trace-content";
  public static final String TRACE_EDITED = "trace-edited";
  public static final String TRACE_HIDDEN = "trace-hidden";
  public static final String TRACE_INPUTS = "trace-inputs";
  public static final String TRACE_OUTPUTS = "trace-outputs";
  public static final String TRACE_RESET = "trace-reset";
  public static final String TRACE_ROW = "trace-row";
  public static final String TRACE_SOFTMAX_SUM = "trace-softmax-sum";
  public static final String TRACE_VIEW = "trace-view";

  // mllab.ui.training
  public static final String EARLY_STOPPING_REASON = "early-stopping-reason";
  public static final String EPOCH_CARD = "epoch-card";
  public static final String EPOCH_TABLE = "epoch-table";
  public static final String NETWORK_CARD = "network-card";
  public static final String NETWORK_DIAGRAM = "network-diagram";
  public static final String RUN_OPTIONS = "run-options";
  public static final String SAMPLE_ROW = "sample-row";
  public static final String SETTING_EARLY_STOPPING = "setting-early-stopping";
  public static final String SETTING_PATIENCE = "setting-patience";
  public static final String SETTING_POS_WEIGHT = "setting-pos-weight";
  public static final String SETTING_POS_WEIGHT_ERROR = "setting-pos-weight-error";
  public static final String SETTINGS_CARD = "settings-card";
  public static final String SETTINGS_TITLE = "settings-title";
  public static final String TRAIN_CONTROLS = "train-controls";
  public static final String TRAIN_EPOCH_TEXT = "train-epoch-text";
  public static final String TRAIN_PROGRESS = "train-progress";
  public static final String TRAIN_SPEED = "train-speed";
  public static final String TRAIN_SPEED_TEXT = "train-speed-text";
  public static final String TRYOUT_CARD = "tryout-card";
  public static final String TRYOUT_TEXT = "tryout-text";

  private NodeIds() {}
}
