package org.onconlp.search;

/**
 * An invalid cohort query, with the 1-based column of the problem. The message reads "at column
 * 23: expected a value after ':'" and quotes only the query, never index content.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** 1-based column of the problem in the query text. */
  private final int column;

  /**
   * @param column 1-based column
   * @param problem what is wrong, without the position
   */
  public QuerySyntaxException(int column, String problem) {
    super("at column " + column + ": " + problem);
    this.column = column;
  }

  /** The 1-based column of the problem. */
  public int column() {
    return column;
  }
}
