package org.onconlp.deid.surrogate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import org.onconlp.deid.PhiLexicons;
import org.onconlp.deid.structured.NirValidator;

/**
 * Realistic surrogates: each PHI span is replaced by an invented value of the same kind and
 * format, chosen by HMAC-SHA256(secret, patientId, category, folded original), so the same
 * person, place or number gets the same surrogate in every document of a patient and in every
 * run, while nobody without the secret can link a surrogate back. Dates move by a per-patient
 * offset of 366 to 730 days, forwards or backwards (HMAC of the patient id), so intervals and
 * the written format are kept and every year changes.
 *
 * <ul>
 *   <li>NOM, PRENOM: names of the INSEE lists (same sex for given names when known), case
 *       style kept ("DUPONT" → "LEROUX", "Dupont" → "Leroux"), hyphenated parts replaced one by
 *       one, initials replaced by initials ("J.-P." → "M.-L.");
 *   <li>TEL: a well-formed number in the ranges ARCEP reserves for fiction (01 99 00 xx xx, or
 *       06 39 98 xx xx for mobiles), in the original's layout;
 *   <li>SECU: a NIR with a valid key whose birthplace is department 99 (born abroad) with
 *       country code 000 — INSEE country codes start at 99100 — so it can belong to nobody;
 *   <li>MAIL {@code prenom.nom@example.org}; URL {@code https://www.example.org/…};
 *   <li>IPP, NDA, RPPS, ID, ZIP: the same layout, digits for digits and letters for letters
 *       (ZIP keeps its department);
 *   <li>VILLE a commune of the COG; ADRESSE the same street type with an invented name;
 *       HOPITAL the same kind of facility in an invented place;
 *   <li>AGE (90 or more) becomes "90 ans" or the like: ages are aggregated, as HIPAA does.
 * </ul>
 *
 * Thread-safe: no mutable state beyond a prototype {@link Mac} that is cloned per use.
 */
public final class SurrogateGenerator implements SurrogateStrategy {
  private static final int MIN_SHIFT_DAYS = 366;
  private static final int SHIFT_RANGE_DAYS = 365;
  private static final String[] STREET_NAMES = {
    "des Glycines", "du Verger", "des Peupliers", "de la Fontaine", "des Mésanges", "du Lavoir",
    "des Charmes", "de l'Étang", "des Coquelicots", "du Pressoir", "des Bruyères", "de la Source"
  };
  private static final Set<String> PARTICLES =
      Set.of("de", "du", "des", "la", "le", "van", "von", "ben", "el", "di", "da");
  private static final String[] STREET_TYPES = {"rue", "avenue", "allée", "chemin", "impasse"};

  private final Mac prototype;
  private final PhiLexicons lex;
  private final DateShifter dates = new DateShifter();

  /**
   * @param secret the key of every choice
   * @param lex lexicons of names and communes to draw from
   */
  public SurrogateGenerator(SurrogateSecret secret, PhiLexicons lex) {
    this.prototype = secret.mac();
    this.lex = lex;
  }

  /** 64 bits of HMAC over the parts, separated by a zero character. */
  private long hash(String... parts) {
    Mac mac;
    try {
      mac = (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("HmacSHA256 cannot be cloned", e);
    }
    for (String p : parts) {
      mac.update((p == null ? "" : p).getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
    }
    return ByteBuffer.wrap(mac.doFinal()).getLong();
  }

  private static int pick(long h, int n) {
    return (int) Math.floorMod(h, (long) n);
  }

  /** The patient's date shift in days: ±366..730, never 0. */
  public int shiftDays(String patientId) {
    long h = hash(patientId, "DATE_SHIFT");
    int days = MIN_SHIFT_DAYS + pick(h >>> 1, SHIFT_RANGE_DAYS);
    return (h & 1) == 0 ? days : -days;
  }

  @Override
  public String documentDate(String isoDate, String patientId) {
    return dates.shiftIso(isoDate, shiftDays(patientId));
  }

  @Override
  public String surrogate(String category, String original, String patientId) {
    if (category == null || original == null || original.isEmpty()) {
      return "[PHI]";
    }
    String key = lex.fold(original);
    long h = hash(patientId, category, key);
    String s =
        switch (category) {
          case "NOM" -> names(original, patientId, false);
          case "PRENOM" -> names(original, patientId, true);
          case "DATE", "DATE_NAISSANCE" -> dates.shift(original, shiftDays(patientId));
          case "TEL" -> phone(original, h);
          case "SECU" -> nir(original, h);
          case "MAIL" -> mail(h);
          case "URL" -> "https://www.example.org/" + Long.toString(h & 0xFFFFFFL, 36);
          case "ZIP" -> sameLayout(original, h, 2);
          case "IPP", "NDA", "RPPS", "ID" -> sameLayout(original, h, 0);
          case "VILLE" -> sameCase(lex.communeNames().get(pick(h, lex.communeNames().size())), original);
          case "ADRESSE" -> address(original, h);
          case "HOPITAL" -> hospital(original, h);
          case "AGE" -> original.replaceFirst("[0-9]+", "90");
          default -> null;
        };
    return s == null ? "[" + category + "]" : s;
  }

  /** Each word of a name is replaced on its own; separators and initials keep their places. */
  private String names(String original, String patientId, boolean given) {
    StringBuilder out = new StringBuilder(original.length() + 8);
    int i = 0;
    int n = original.length();
    while (i < n) {
      char c = original.charAt(i);
      if (!Character.isLetter(c)) {
        out.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < n && Character.isLetter(original.charAt(j))) {
        j++;
      }
      String word = original.substring(i, j);
      long h = hash(patientId, given ? "PRENOM" : "NOM", lex.fold(word));
      boolean elision = j < n && (original.charAt(j) == '\'' || original.charAt(j) == '’');
      if (!given && (elision || PARTICLES.contains(lex.fold(word)))) {
        // Particles and elisions ("de", "D'") are not identifying: "COLONNA D'ISTRIA" keeps its shape.
        out.append(word);
      } else if (word.length() == 1) {
        out.append((char) ('A' + pick(h, 26)));
      } else {
        out.append(sameCase(given ? givenName(lex.fold(word), h) : familyName(h), word));
      }
      i = j;
    }
    return out.toString();
  }

  private String givenName(String folded, long h) {
    Character sex = lex.sexOf(folded);
    List<String> pool =
        sex == null
            ? ((h & 1) == 0 ? lex.femaleNames() : lex.maleNames())
            : sex == 'F' ? lex.femaleNames() : lex.maleNames();
    return pool.get(pick(h >>> 1, pool.size()));
  }

  private String familyName(long h) {
    List<String> pool = lex.surrogateFamilyNames();
    return pool.get(pick(h, pool.size()));
  }

  /** Upper case, capitalised or lower case like the original word. */
  static String sameCase(String value, String like) {
    boolean hasLower = false;
    boolean hasUpper = false;
    for (int i = 0; i < like.length(); i++) {
      char c = like.charAt(i);
      hasLower |= Character.isLowerCase(c);
      hasUpper |= Character.isUpperCase(c);
    }
    if (hasUpper && !hasLower && like.length() > 1) {
      return value.toUpperCase(Locale.ROOT);
    }
    if (hasLower && !hasUpper) {
      return value.toLowerCase(Locale.ROOT);
    }
    return value;
  }

  /** 01 99 00 xx xx (or 06 39 98 xx xx for a mobile) in the digit layout of the original. */
  private static String phone(String original, long h) {
    String digits = original.replaceAll("[^0-9]", "");
    if (digits.length() < 8) {
      // An internal extension or pager ("poste 6 41 09", "bip 4521") keeps its short layout.
      return sameLayout(original, h, 0);
    }
    boolean mobile = digits.matches("(?:0|33|0033)[67].*");
    String number =
        (mobile ? "063998" : "019900")
            + String.format(Locale.ROOT, "%04d", pick(h, 10_000));
    if (digits.length() == 10 && digits.charAt(0) == '0') {
      return fillDigits(original, number);
    }
    return number.substring(0, 2) + " " + number.substring(2, 4) + " " + number.substring(4, 6) + " "
        + number.substring(6, 8) + " " + number.substring(8, 10);
  }

  /** Replaces the digits of {@code layout} in order by those of {@code digits}. */
  private static String fillDigits(String layout, String digits) {
    StringBuilder b = new StringBuilder(layout.length());
    int k = 0;
    for (int i = 0; i < layout.length(); i++) {
      char c = layout.charAt(i);
      b.append(Character.isDigit(c) && k < digits.length() ? digits.charAt(k++) : c);
    }
    return b.toString();
  }

  /**
   * A NIR born in department 99 with country code 000 (no such country: INSEE codes start at
   * 99100), valid key, the original's sex digit and layout.
   */
  private static String nir(String original, long h) {
    String digits = original.replaceAll("[^0-9AB]", "");
    char sex = !digits.isEmpty() && (digits.charAt(0) == '1' || digits.charAt(0) == '2') ? digits.charAt(0) : '1';
    String body =
        sex
            + String.format(Locale.ROOT, "%02d", pick(h, 100))
            + String.format(Locale.ROOT, "%02d", 1 + pick(h >>> 8, 12))
            + "99000"
            + String.format(Locale.ROOT, "%03d", 1 + pick(h >>> 16, 999));
    String nir = body + String.format(Locale.ROOT, "%02d", new NirValidator().key(body));
    return digits.length() == 15 ? fillDigits(original, nir) : nir;
  }

  private String mail(long h) {
    String given = lex.fold(givenName("", h)).replaceAll("[^a-z]", "");
    String family = lex.fold(familyName(h >>> 20)).replaceAll("[^a-z]", "");
    return given + "." + family + "@example.org";
  }

  /** Same characters classes: digits for digits, letters for letters; keeps {@code keep} leading chars. */
  private static String sameLayout(String original, long h, int keep) {
    StringBuilder b = new StringBuilder(original.length());
    long x = h;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      x = x * 6364136223846793005L + 1442695040888963407L;
      int r = (int) ((x >>> 33) & 0x7FFFFFFF);
      if (i < keep) {
        b.append(c);
      } else if (c >= '0' && c <= '9') {
        b.append((char) ('0' + r % 10));
      } else if (c >= 'A' && c <= 'Z') {
        b.append((char) ('A' + r % 26));
      } else if (c >= 'a' && c <= 'z') {
        b.append((char) ('a' + r % 26));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String address(String original, long h) {
    String folded = original.toLowerCase(Locale.ROOT);
    String type = STREET_TYPES[pick(h >>> 40, STREET_TYPES.length)];
    for (String t : new String[] {"boulevard", "avenue", "rue", "allée", "chemin", "impasse", "place", "route", "quai"}) {
      if (folded.contains(t + " ")) {
        type = t;
        break;
      }
    }
    return (1 + pick(h, 120)) + " " + type + " " + STREET_NAMES[pick(h >>> 20, STREET_NAMES.length)];
  }

  private String hospital(String original, long h) {
    String place = lex.communeNames().get(pick(h, lex.communeNames().size()));
    String f = lex.fold(original);
    String de = "AEIOUYÉÈÎ".indexOf(Character.toUpperCase(place.charAt(0))) >= 0 ? "d'" : "de ";
    if (f.startsWith("chu")) {
      return "CHU " + de + place;
    }
    if (f.startsWith("clinique") || f.startsWith("polyclinique")) {
      return "Clinique " + STREET_NAMES[pick(h >>> 20, STREET_NAMES.length)];
    }
    if (f.startsWith("ch ") || f.startsWith("chr") || f.startsWith("centre hospitalier")) {
      return "Centre Hospitalier " + de + place;
    }
    if (f.startsWith("institut") || f.startsWith("centre")) {
      return "Institut de Cancérologie " + de + place;
    }
    return "Hôpital " + de + place;
  }
}
