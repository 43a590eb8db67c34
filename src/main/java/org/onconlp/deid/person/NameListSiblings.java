package org.onconlp.deid.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.PhiSpan;
import org.onconlp.deid.PhiTokens.Shape;
import org.onconlp.deid.PhiTokens;

/**
 * The siblings of a name in a list: once one item of a list separated by commas, semicolons or
 * "et" is a name found by another rule, the items next to it written with the same shape are names
 * too ("Médecins présents : Bélénus, Louis-Sidney, Rosine", "Valliamée P. (onco), Grondin T.
 * (chir), Técher M.-A. (RT)", "Dominique LEFEBVRE, Norodom PIMA, E. PENICOT").
 *
 * <p>An item's shape is the sequence of its parts (initial, capitalised word, word in capitals),
 * a leading title and a trailing role in brackets aside. The expansion runs from a name item
 * through its neighbours and stops at the first item of another shape, so a list of drugs,
 * genes, exams, departments or towns after a name stays clinical; and a sibling's words must not
 * be common, clinical, place or stop words unless the name lexicons know them. Immutable and
 * thread-safe.
 */
final class NameListSiblings {
  /** Longest item, in tokens. */
  private static final int MAX_ITEM = 12;

  /** One part of an item: tokens {@code first..last}, kind I (initial), T (Title case) or U (capitals). */
  private record Part(int first, int last, char kind) {}

  /** One list item: its parts and the list it belongs to (items of one list share a number). */
  private record Item(List<Part> parts, int list, String shape) {}

  private final PhiLexicons lex;
  private final NameTokens names;
  private final ClinicalTerms clinical;

  NameListSiblings(PhiLexicons lex, NameTokens names, ClinicalTerms clinical) {
    this.lex = lex;
    this.names = names;
    this.clinical = clinical;
  }

  /** Adds the same-shaped siblings of every name item of every list of the document. */
  void complete(PhiTokens t, List<PhiSpan> out, boolean[] used) {
    String[] category = categories(t, out);
    List<Item> items = items(t);
    int n = items.size();
    for (int x = 0; x < n; x++) {
      if (items.get(x) != null && isName(items.get(x), category) && hasSibling(items, x)) {
        familyBeforeInitial(t, items.get(x), category, out);
      }
    }
    for (int x = 0; x < n; x++) {
      Item item = items.get(x);
      if (item == null || !isName(item, category)) {
        continue;
      }
      for (int step = -1; step <= 1; step += 2) {
        for (int y = x + step; y >= 0 && y < n; y += step) {
          Item sibling = items.get(y);
          if (sibling == null || sibling.list() != item.list() || !sibling.shape().equals(item.shape())) {
            break;
          }
          if (isName(sibling, category)) {
            continue;
          }
          if (!plausible(t, sibling, used)) {
            break;
          }
          copy(t, item, sibling, category, out, used);
        }
      }
    }
  }

  /** True when another item of the list of item {@code x} has its shape. */
  private static boolean hasSibling(List<Item> items, int x) {
    Item item = items.get(x);
    for (int y = 0; y < items.size(); y++) {
      Item other = items.get(y);
      if (y != x && other != null && other.list() == item.list() && other.shape().equals(item.shape())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Valliamée P. (onco), Grondin T. (chir)": in a list of word-and-initial items the word is the
   * family name and the initial the given name's, whatever rule read the item as a given name
   * and a family initial; not when the word is a frequent given name only ("Julie V.").
   */
  private void familyBeforeInitial(PhiTokens t, Item item, String[] category, List<PhiSpan> out) {
    if (item.parts().size() != 2 || item.shape().charAt(1) != 'I' || item.shape().charAt(0) == 'I') {
      return;
    }
    Part word = item.parts().get(0);
    String f = t.fold[word.first()];
    if (lex.isFrequentGivenName(f) && !names.isFamily(f)) {
      // "Julie V., Marc T.": frequent given names signing with a family initial.
      return;
    }
    Part initial = item.parts().get(1);
    if (!"PRENOM".equals(category[word.first()]) || !"NOM".equals(category[initial.first()])) {
      return;
    }
    for (int s = 0; s < out.size(); s++) {
      PhiSpan span = out.get(s);
      if (span.begin() == t.begin[word.first()] && span.end() == t.end[word.last()]) {
        out.set(s, new PhiSpan(span.begin(), span.end(), "NOM"));
      } else if (span.begin() == t.begin[initial.first()] && span.end() == t.end[initial.last()]) {
        out.set(s, new PhiSpan(span.begin(), span.end(), "PRENOM"));
      }
    }
    for (int k = word.first(); k <= word.last(); k++) {
      category[k] = "NOM";
    }
    for (int k = initial.first(); k <= initial.last(); k++) {
      category[k] = "PRENOM";
    }
  }

  /** The name category (NOM, PRENOM) covering each token, or null. */
  private static String[] categories(PhiTokens t, List<PhiSpan> out) {
    String[] category = new String[t.size];
    List<PhiSpan> spans = new ArrayList<>();
    for (PhiSpan s : out) {
      if (s.category().equals("NOM") || s.category().equals("PRENOM")) {
        spans.add(s);
      }
    }
    spans.sort(Comparator.comparingInt(PhiSpan::begin));
    int k = 0;
    for (PhiSpan s : spans) {
      while (k < t.size && t.begin[k] < s.begin()) {
        k++;
      }
      for (int j = k; j < t.size && t.end[j] <= s.end(); j++) {
        category[j] = s.category();
      }
    }
    return category;
  }

  /** True when every part of the item is covered by a name. */
  private static boolean isName(Item item, String[] category) {
    for (Part p : item.parts()) {
      if (category[p.first()] == null || category[p.last()] == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * The items of the document in order; null stands for a piece of text that is no item. A colon
   * or a line break that does not follow a separator closes a list.
   */
  private List<Item> items(PhiTokens t) {
    List<Item> items = new ArrayList<>();
    int list = 0;
    int start = 0;
    for (int k = 0; k <= t.size; k++) {
      if (k == t.size || (t.lineBefore[k] && k > start && !continuesItem(t, start, k))) {
        items.add(item(t, start, k, list++));
        start = k;
      }
      if (k < t.size && (t.is(k, ",") || t.is(k, ";") || t.is(k, "et") || t.is(k, ":"))) {
        items.add(item(t, start, k, t.is(k, ":") ? list++ : list));
        start = k + 1;
      }
    }
    return items;
  }

  /** "L.\nHespadon": an item of initials alone at the end of a line goes on with the next line's word. */
  private static boolean continuesItem(PhiTokens t, int start, int k) {
    for (int j = start; j < k; j++) {
      if (t.shape[j] != Shape.LETTER && !t.is(j, ".") && !t.is(j, "-")) {
        return false;
      }
    }
    return t.shape[k] == Shape.TITLE || t.shape[k] == Shape.UPPER;
  }

  /** The item of tokens {@code [from, to)}, or null when they are no title, name parts and role. */
  private Item item(PhiTokens t, int from, int to, int list) {
    int b = from;
    if (b < to && TitledNames.isTitle(t, b)) {
      b++;
      while (b < to && t.is(b, ".")) {
        b++;
      }
    }
    int e = to;
    if (e - 1 > b && t.is(e - 1, ")")) {
      int open = e - 1;
      while (open > b && !t.is(open, "(")) {
        open--;
      }
      if (open <= b) {
        return null;
      }
      e = open;
    } else if (e - 1 > b && t.is(e - 1, ".") && t.shape[e - 2] != Shape.LETTER) {
      // "…, Rosine, Mérine.": the full stop of the sentence.
      e--;
    }
    if (e <= b || e - b > MAX_ITEM) {
      return null;
    }
    List<Part> parts = new ArrayList<>();
    StringBuilder shape = new StringBuilder();
    int k = b;
    while (k < e) {
      Part p = part(t, k, e);
      if (p == null) {
        return null;
      }
      parts.add(p);
      shape.append(p.kind());
      k = p.last() + 1;
    }
    return shape.indexOf("T") < 0 && shape.indexOf("U") < 0 ? null : new Item(parts, list, shape.toString());
  }

  /** The part starting at {@code k} before {@code e}, or null. */
  private static Part part(PhiTokens t, int k, int e) {
    if (t.shape[k] == Shape.LETTER || (t.shape[k] == Shape.TITLE && t.end[k] - t.begin[k] <= 2 && t.is(k + 1, ".")
        && k + 1 < e)) {
      // "P.", "M.-A.", "P.E.", "J-P", "Ph.": an initial, alone or joined to others.
      int last = k;
      while (last + 1 < e && t.glued(last + 1) && (t.is(last + 1, ".") || t.is(last + 1, "-") || t.is(last + 1, ".-")
          || t.shape[last + 1] == Shape.LETTER)) {
        last++;
      }
      return new Part(k, last, 'I');
    }
    if (t.shape[k] != Shape.TITLE && t.shape[k] != Shape.UPPER) {
      return null;
    }
    int last = k;
    while (last + 2 < e && t.glued(last + 1) && t.glued(last + 2) && t.is(last + 1, "-")
        && t.shape[last + 2] == t.shape[k]) {
      last += 2;
    }
    return new Part(k, last, t.shape[k] == Shape.UPPER ? 'U' : 'T');
  }

  /** True when no word of the sibling is taken or reads as a common, clinical or place word. */
  private boolean plausible(PhiTokens t, Item sibling, boolean[] used) {
    for (Part p : sibling.parts()) {
      for (int k = p.first(); k <= p.last(); k++) {
        if (used[k]) {
          return false;
        }
      }
      if (p.kind() != 'I' && !plausibleWord(t, p)) {
        return false;
      }
    }
    return true;
  }

  private boolean plausibleWord(PhiTokens t, Part p) {
    for (int k = p.first(); k <= p.last(); k += 2) {
      if (!plausibleWord(t, k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the word at {@code k} may be a name: no stop word, month, drug, country,
   * department, clinical or place word, and no common word or short word in capitals unless the
   * name lexicons know it.
   */
  boolean plausibleWord(PhiTokens t, int k) {
    String f = t.fold[k];
    boolean known = names.isFamily(f) || names.isGiven(t, k);
    if (f.length() < 2 || lex.isStopWord(f) || NameTokens.isMonth(f) || lex.isDrugName(f) || lex.isCountry(f)
        || lex.isDepartment(f) || clinical.isGenericWord(t.text.substring(t.begin[k], t.end[k]))
        || names.isPlaceMoreThanName(f)) {
      return false;
    }
    return known || !(lex.isCommonWordOrPlural(f) || (t.shape[k] == Shape.UPPER && f.length() <= 3));
  }

  /**
   * Records the sibling's parts: initials are given names and the words beside them family names
   * ("Grondin T."); a lone word is a family name unless only a given name ("Bélanor", "Rosinel");
   * two words or more take the categories of the name item's words ("Norodom PIMA" after
   * "Dominique LEFEBVRE").
   */
  private void copy(PhiTokens t, Item template, Item sibling, String[] category, List<PhiSpan> out,
      boolean[] used) {
    boolean initials = sibling.shape().indexOf('I') >= 0;
    int n = sibling.parts().size();
    for (int k = 0; k < n; k++) {
      Part p = sibling.parts().get(k);
      String cat;
      if (p.kind() == 'I') {
        cat = "PRENOM";
      } else if (initials) {
        cat = "NOM";
      } else if (n == 1) {
        cat = names.isGiven(t, p.first()) && !names.isFamily(t.fold[p.first()]) ? "PRENOM" : "NOM";
      } else {
        cat = category[template.parts().get(k).first()];
      }
      NameTokens.emit(t, p.first(), p.last(), cat, out, used);
      for (int j = p.first(); j <= p.last(); j++) {
        category[j] = cat;
      }
    }
  }
}
