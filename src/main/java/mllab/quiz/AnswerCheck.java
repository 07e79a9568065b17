package mllab.quiz;

import java.util.Optional;

/**
 * What practice mode says after "check": right or wrong, and for a wrong option the feedback that
 * names the mistake behind it. {@code attempt} counts checks on this question, starting at 1.
 */
public record AnswerCheck(boolean correct, Optional<String> feedback, int attempt) {}
