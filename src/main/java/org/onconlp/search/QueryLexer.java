package org.onconlp.search;

import java.util.ArrayList;
import java.util.List;

/** Splits a cohort query into tokens with their columns. Pure and thread-safe. */
final class QueryLexer {
  private QueryLexer() {}

  /** Token kinds. */
  enum Kind {
    WORD,
    STRING,
    COLON,
    OPERATOR,
    LPAREN,
    RPAREN,
    LBRACKET,
    RBRACKET,
    COMMA,
    END
  }

  /**
   * One token.
   *
   * @param kind its kind
   * @param text its text (a STRING without its quotes)
   * @param column 1-based column of its first character
   * @param end 0-based index just after its last character
   */
  record Token(Kind kind, String text, int column, int end) {
    String describe() {
      return switch (kind) {
        case END -> "end of query";
        case STRING -> "\"" + text + "\"";
        default -> "'" + text + "'";
      };
    }
  }

  static List<Token> tokens(String query) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = query.length();
    while (i < n) {
      char c = query.charAt(i);
      int column = i + 1;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == ':') {
        Kind kind =
            switch (c) {
              case '(' -> Kind.LPAREN;
              case ')' -> Kind.RPAREN;
              case '[' -> Kind.LBRACKET;
              case ']' -> Kind.RBRACKET;
              case ',' -> Kind.COMMA;
              default -> Kind.COLON;
            };
        out.add(new Token(kind, String.valueOf(c), column, i + 1));
        i++;
      } else if (c == '>' || c == '<' || c == '=' || c == '≥' || c == '≤') {
        String op;
        if (c == '≥') {
          op = ">=";
        } else if (c == '≤') {
          op = "<=";
        } else if ((c == '>' || c == '<') && i + 1 < n && query.charAt(i + 1) == '=') {
          op = c + "=";
        } else {
          op = String.valueOf(c);
        }
        i += (c == '≥' || c == '≤') ? 1 : op.length();
        out.add(new Token(Kind.OPERATOR, op, column, i));
      } else if (c == '"') {
        int close = query.indexOf('"', i + 1);
        if (close < 0) {
          throw new QuerySyntaxException(column, "unterminated quoted value (missing closing '\"')");
        }
        out.add(new Token(Kind.STRING, query.substring(i + 1, close), column, close + 1));
        i = close + 1;
      } else if (wordChar(c)) {
        int start = i;
        while (i < n && wordChar(query.charAt(i))) {
          i++;
        }
        out.add(new Token(Kind.WORD, query.substring(start, i), column, i));
      } else {
        throw new QuerySyntaxException(column, "unexpected character '" + c + "'");
      }
    }
    out.add(new Token(Kind.END, "", n + 1, n));
    return out;
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c)
        || c == '.' || c == '*' || c == '?' || c == '/' || c == '+' || c == '-' || c == '_'
        || c == '%' || c == '\'';
  }
}
