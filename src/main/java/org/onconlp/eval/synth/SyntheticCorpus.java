package org.onconlp.eval.synth;

import org.onconlp.deid.structured.NirValidator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.onconlp.eval.synth.Template.Choice;
import org.onconlp.eval.synth.Template.Literal;
import org.onconlp.eval.synth.Template.Lookup;
import org.onconlp.eval.synth.Template.Part;
import org.onconlp.eval.synth.Template.Slot;
import org.onconlp.text.ResourceLines;

/**
 * Generates invented French oncology reports (pathology, consultation letters, tumour-board
 * minutes) as contract-input JSON Lines ({@code id, patientId, type, date, text}), with the
 * personal data it planted available as gold spans for de-identification scoring.
 *
 * <p>Deterministic and random-access: report {@code i} depends only on the seed and {@code i}
 * (its patient is {@code i / reportsPerPatient}), so output is streamed with flat memory for
 * millions of reports and any report can be regenerated alone with {@link #report(int)}. All
 * identities are invented: names drawn from INSEE name lists, fictitious hospitals, phone numbers
 * in the ranges ARCEP reserves for fiction, {@code example.fr} e-mail domains, NIRs with valid
 * keys but random digits. Texts stay inside the Basic Multilingual Plane.
 *
 * <p>Templates and vocabulary live in {@code src/main/resources/org/onconlp/eval/synth/}. Slots
 * ({@code {$NAME}}) this class fills: PAT_NOM, PAT_PRENOM, PAT_BIRTHNAME, PAT_TITLE, E (feminine
 * agreement), DOB, AGE, NIR, IPP, NDA, ID, DATE, DATE_BEFORE, DATE_AFTER, MONTH_BEFORE, YEAR,
 * PAT_ADRESSE/ZIP/VILLE/TEL, GP_NOM/PRENOM/ADRESSE/ZIP/VILLE, DR_NOM/PRENOM/RPPS/MAIL,
 * DR2..DR5_NOM/PRENOM, HOPITAL, HOP_ADRESSE/ZIP/VILLE/URL, TEL.
 *
 * <p>Instances are immutable and thread-safe; generate disjoint index ranges in parallel with
 * {@link #report(int)} if needed.
 */
public final class SyntheticCorpus {
  private static final NirValidator NIR = new NirValidator();
  /** Reports per patient when not given. */
  public static final int DEFAULT_REPORTS_PER_PATIENT = 10;

  private static final String BASE = "/org/onconlp/eval/synth/";
  private static final List<String> SITES = List.of("breast", "lung", "colon", "prostate");
  /** Cumulative site weights in percent: breast 35, lung 25, colon 25, prostate 15. */
  private static final List<Integer> SITE_WEIGHTS = List.of(35, 60, 85, 100);
  private static final LocalDate FIRST_DIAGNOSIS = LocalDate.of(2012, 1, 1);
  private static final int DIAGNOSIS_SPAN_DAYS = 13 * 365;
  /** Phone prefixes ARCEP reserves for audiovisual fiction (decision 2019-0932). */
  private static final List<String> FICTION_PHONES =
      List.of("019900", "026191", "035301", "046571", "053649", "063998");
  /** Date spellings seen in French reports; repeated entries weight the common ones. */
  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT),
          DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT),
          DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH),
          DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT),
          DateTimeFormatter.ofPattern("dd.MM.uu", Locale.ROOT),
          DateTimeFormatter.ofPattern("dd/MM/uu", Locale.ROOT),
          DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT));
  private static final DateTimeFormatter MONTH_FORMAT =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final long seed;
  private final int reportsPerPatient;
  private final List<String> familyNames;
  private final List<String> femaleNames;
  private final List<String> maleNames;
  private final List<String[]> cities;
  private final List<String[]> hospitals;
  private final List<String> streets;
  private final Map<String, List<List<Part>>> lexicon;
  private final Map<String, List<Part>> templates;

  /**
   * Creates a generator.
   *
   * @param seed the seed; equal seeds give identical corpora
   * @param reportsPerPatient reports per patient, at least 1
   */
  public SyntheticCorpus(long seed, int reportsPerPatient) {
    if (reportsPerPatient < 1) {
      throw new IllegalArgumentException("reportsPerPatient must be at least 1");
    }
    this.seed = seed;
    this.reportsPerPatient = reportsPerPatient;
    this.familyNames = ResourceLines.load(BASE + "family-names.txt");
    this.femaleNames = ResourceLines.load(BASE + "given-names-female.txt");
    this.maleNames = ResourceLines.load(BASE + "given-names-male.txt");
    this.cities = split(ResourceLines.load(BASE + "cities.txt"));
    this.hospitals = split(ResourceLines.load(BASE + "hospitals.txt"));
    this.streets = ResourceLines.load(BASE + "streets.txt");
    this.lexicon = loadLexicon(ResourceLines.load(BASE + "lexicon.txt"));
    Map<String, List<Part>> byName = new HashMap<>();
    for (String site : SITES) {
      byName.put("pathology-" + site, loadTemplate("template-pathology-" + site + ".txt"));
    }
    byName.put("consultation", loadTemplate("template-consultation.txt"));
    byName.put("rcp", loadTemplate("template-rcp.txt"));
    this.templates = Map.copyOf(byName);
  }

  /**
   * Creates a generator with {@link #DEFAULT_REPORTS_PER_PATIENT} reports per patient.
   *
   * @param seed the seed
   */
  public SyntheticCorpus(long seed) {
    this(seed, DEFAULT_REPORTS_PER_PATIENT);
  }

  /**
   * Writes reports 0 to n-1 as JSON Lines, one {@code {"id","patientId","type","date","text"}}
   * object per line. The writer is flushed, not closed.
   *
   * @param n number of reports
   * @param out destination of the reports
   * @throws UncheckedIOException if writing fails
   */
  public void write(int n, Writer out) {
    write(n, out, null);
  }

  /**
   * Writes reports 0 to n-1 as JSON Lines and, if {@code gold} is not null, one gold line per
   * report: {@code {"id":…,"phi":[{"category":"NOM","begin":12,"end":18,"text":"Martin"},…]}}
   * with UTF-16 offsets into the report text. Writers are flushed, not closed.
   *
   * @param n number of reports
   * @param out destination of the reports
   * @param gold destination of the planted PHI spans, or null
   * @throws UncheckedIOException if writing fails
   */
  public void write(int n, Writer out, Writer gold) {
    try {
      JsonGenerator reports = JSON.createGenerator(out);
      reports.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      JsonGenerator spans = gold == null ? null : JSON.createGenerator(gold);
      if (spans != null) {
        spans.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      }
      for (int i = 0; i < n; i++) {
        SyntheticReport report = report(i);
        writeReport(reports, report);
        if (spans != null) {
          writeGold(spans, report);
        }
      }
      reports.close();
      if (spans != null) {
        spans.close();
      }
      out.flush();
      if (gold != null) {
        gold.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the synthetic corpus", e);
    }
  }

  /**
   * Generates report {@code index} (0-based) alone; the result is the same as the
   * {@code index}-th line of {@link #write(int, Writer)}.
   *
   * @param index report number, 0 or more
   * @return the report with its planted PHI spans
   */
  public SyntheticReport report(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be 0 or more");
    }
    int patientIndex = index / reportsPerPatient;
    int rank = index % reportsPerPatient;
    Patient patient = patient(patientIndex);
    SplittableRandom random = new SplittableRandom(mix(seed, index));
    // Successive reports of a patient every 3 weeks or so, never out of order.
    LocalDate date = patient.diagnosis.plusDays(rank * 21L + random.nextInt(21));
    String type =
        switch (rank % 3) {
          case 0 -> "pathology";
          case 1 -> "rcp";
          default -> "consultation";
        };
    List<Part> template =
        templates.get(type.equals("pathology") ? "pathology-" + patient.site : type);
    Filler filler = new Filler(patient, random, date);
    filler.expand(template, 0);
    return new SyntheticReport(
        String.format(Locale.ROOT, "SYN%08d", index),
        String.format(Locale.ROOT, "SP%07d", patientIndex),
        type,
        date.toString(),
        filler.text.toString(),
        List.copyOf(filler.phi));
  }

  private static void writeReport(JsonGenerator json, SyntheticReport report) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", report.id());
    json.writeStringField("patientId", report.patientId());
    json.writeStringField("type", report.type());
    json.writeStringField("date", report.date());
    json.writeStringField("text", report.text());
    json.writeEndObject();
    json.writeRaw('\n');
  }

  private static void writeGold(JsonGenerator json, SyntheticReport report) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", report.id());
    json.writeArrayFieldStart("phi");
    for (PlantedPhi span : report.phi()) {
      json.writeStartObject();
      json.writeStringField("category", span.category());
      json.writeNumberField("begin", span.begin());
      json.writeNumberField("end", span.end());
      json.writeStringField("text", report.text().substring(span.begin(), span.end()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
  }

  /** Patient-level facts, regenerated from the seed whenever one of the patient's reports is. */
  private record Patient(
      int index,
      long seed,
      String site,
      boolean female,
      String family,
      String birthName,
      String given,
      LocalDate birth,
      LocalDate diagnosis,
      String nir,
      String ipp,
      String street,
      String[] city,
      String mobile,
      String gpFamily,
      String gpGiven,
      String gpStreet,
      String[] gpCity,
      String[] hospital,
      String hospitalStreet,
      String[] hospitalCity) {}

  private Patient patient(int patientIndex) {
    long patientSeed = mix(~seed, patientIndex);
    SplittableRandom r = new SplittableRandom(patientSeed);
    int draw = r.nextInt(100);
    int s = 0;
    while (draw >= SITE_WEIGHTS.get(s)) {
      s++;
    }
    String site = SITES.get(s);
    boolean female =
        switch (site) {
          case "breast" -> r.nextInt(100) != 0;
          case "prostate" -> false;
          default -> r.nextBoolean();
        };
    String family = pick(r, familyNames);
    String birthName = female && r.nextInt(10) < 6 ? pick(r, familyNames) : family;
    String given = pick(r, female ? femaleNames : maleNames);
    LocalDate diagnosis = FIRST_DIAGNOSIS.plusDays(r.nextInt(DIAGNOSIS_SPAN_DAYS));
    // A few patients of 90 or more, so that AGE (the contract's 90+ category) gets planted.
    int age = r.nextInt(100) < 4 ? 90 + r.nextInt(8) : 35 + r.nextInt(55);
    LocalDate birth = diagnosis.minusYears(age).minusDays(r.nextInt(365));
    String nir = nir(r, female, birth);
    String ipp = Integer.toString(100_000_000 + r.nextInt(900_000_000));
    String[] city = pick(r, cities);
    String[] gpCity = r.nextInt(4) == 0 ? pick(r, cities) : city;
    String[] hospitalCity = r.nextBoolean() ? city : pick(r, cities);
    return new Patient(
        patientIndex,
        patientSeed,
        site,
        female,
        family,
        birthName,
        given,
        birth,
        diagnosis,
        nir,
        ipp,
        street(r),
        city,
        "063998" + digits(r, 4),
        pick(r, familyNames),
        pick(r, r.nextBoolean() ? femaleNames : maleNames),
        street(r),
        gpCity,
        pick(r, hospitals),
        street(r),
        hospitalCity);
  }

  private String street(SplittableRandom r) {
    return (1 + r.nextInt(150)) + " " + pick(r, streets);
  }

  /** A NIR body consistent with sex and birth month, random place and order, valid key. */
  private static String nir(SplittableRandom r, boolean female, LocalDate birth) {
    StringBuilder body = new StringBuilder(15);
    body.append(female ? '2' : '1');
    body.append(String.format(Locale.ROOT, "%02d%02d", birth.getYear() % 100, birth.getMonthValue()));
    int department = r.nextInt(100);
    if (department < 3) {
      body.append(department == 0 ? "2A" : "2B");
    } else {
      // Metropolitan departments 01-95 except 20 (split into 2A/2B in 1976).
      int d = 1 + r.nextInt(95);
      body.append(String.format(Locale.ROOT, "%02d", d == 20 ? 21 : d));
    }
    body.append(String.format(Locale.ROOT, "%03d%03d", 1 + r.nextInt(900), 1 + r.nextInt(999)));
    body.append(String.format(Locale.ROOT, "%02d", NIR.key(body.toString())));
    return body.toString();
  }

  /** Fills one template for one report; holds the per-report state. */
  private final class Filler {
    private final Patient patient;
    private final LocalDate date;
    private final StringBuilder text = new StringBuilder(3072);
    private final List<PlantedPhi> phi = new ArrayList<>();
    private final String[] doctorFamily = new String[5];
    private final String[] doctorGiven = new String[5];
    private final String nda;
    private final String reportNumber;
    private SplittableRandom random;

    Filler(Patient patient, SplittableRandom random, LocalDate date) {
      this.patient = patient;
      this.random = random;
      this.date = date;
      for (int i = 0; i < doctorFamily.length; i++) {
        doctorFamily[i] = pick(random, familyNames);
        doctorGiven[i] = pick(random, random.nextBoolean() ? femaleNames : maleNames);
      }
      this.nda = Integer.toString(10_000_000 + random.nextInt(90_000_000));
      this.reportNumber =
          String.format(
              Locale.ROOT,
              "%c%02d-%05d",
              (char) ('A' + random.nextInt(26)),
              date.getYear() % 100,
              random.nextInt(100_000));
    }

    void expand(List<Part> parts, int depth) {
      if (depth > 8) {
        throw new IllegalStateException("Template recursion deeper than 8 levels");
      }
      for (Part part : parts) {
        switch (part) {
          case Literal(String literal) -> text.append(literal);
          case Choice(List<List<Part>> alternatives) ->
              expand(alternatives.get(random.nextInt(alternatives.size())), depth + 1);
          case Lookup(String key, boolean perPatient) -> lookup(key, perPatient, depth);
          case Slot(String name) -> slot(name);
        }
      }
    }

    private void lookup(String key, boolean perPatient, int depth) {
      String resolved = lexicon.containsKey(patient.site + "." + key) ? patient.site + "." + key : key;
      List<List<Part>> alternatives = lexicon.get(resolved);
      if (alternatives == null) {
        throw new IllegalStateException("Unknown lexicon key in template: " + key);
      }
      if (!perPatient) {
        expand(alternatives.get(random.nextInt(alternatives.size())), depth + 1);
        return;
      }
      // Keys of one group ("g~a", "g~b") draw the same index: their values stay consistent.
      int tilde = resolved.indexOf('~');
      String group = tilde < 0 ? resolved : resolved.substring(0, tilde);
      SplittableRandom saved = random;
      random = new SplittableRandom(mix(patient.seed, group.hashCode()));
      expand(alternatives.get(random.nextInt(alternatives.size())), depth + 1);
      random = saved;
    }

    private void slot(String name) {
      switch (name) {
        case "PAT_NOM" -> plant("NOM", familyForm(patient.family));
        case "PAT_BIRTHNAME" -> plant("NOM", familyForm(patient.birthName));
        case "PAT_PRENOM" -> plant("PRENOM", givenForm(patient.given));
        case "PAT_TITLE" -> text.append(patient.female ? "Mme" : "M.");
        case "E" -> text.append(patient.female ? "e" : "");
        case "LE_PATIENT" -> text.append(patient.female ? "La patiente" : "Le patient");
        case "LE_PATIENT_LOWER" -> text.append(patient.female ? "la patiente" : "le patient");
        case "DOB" -> plant("DATE_NAISSANCE", formatDate(patient.birth));
        case "AGE" -> age();
        case "NIR" -> plant("SECU", nirForm(patient.nir));
        case "IPP" -> plant("IPP", patient.ipp);
        case "NDA" -> plant("NDA", nda);
        case "ID" -> plant("ID", reportNumber);
        case "DATE" -> plant("DATE", formatDate(date));
        case "DATE_BEFORE" -> plant("DATE", formatDate(date.minusDays(3 + random.nextInt(40))));
        case "DATE_AFTER" -> plant("DATE", formatDate(date.plusDays(3 + random.nextInt(30))));
        case "MONTH_BEFORE" ->
            plant("DATE", MONTH_FORMAT.format(date.minusDays(30 + random.nextInt(90))));
        case "YEAR" -> plant("DATE", Integer.toString(date.getYear() - 2 - random.nextInt(28)));
        case "PAT_ADRESSE" -> plant("ADRESSE", patient.street);
        case "PAT_ZIP" -> plant("ZIP", patient.city[0]);
        case "PAT_VILLE" -> plant("VILLE", cityForm(patient.city[1]));
        case "PAT_TEL" -> plant("TEL", phoneForm(patient.mobile));
        case "GP_NOM" -> plant("NOM", familyForm(patient.gpFamily));
        case "GP_PRENOM" -> plant("PRENOM", givenForm(patient.gpGiven));
        case "GP_ADRESSE" -> plant("ADRESSE", patient.gpStreet);
        case "GP_ZIP" -> plant("ZIP", patient.gpCity[0]);
        case "GP_VILLE" -> plant("VILLE", cityForm(patient.gpCity[1]));
        case "DR_NOM" -> plant("NOM", familyForm(doctorFamily[0]));
        case "DR_PRENOM" -> plant("PRENOM", givenForm(doctorGiven[0]));
        case "DR_RPPS" -> plant("RPPS", rpps(doctorFamily[0], doctorGiven[0]));
        case "DR_MAIL" -> plant("MAIL", mail(doctorGiven[0], doctorFamily[0]));
        case "DR2_NOM", "DR3_NOM", "DR4_NOM", "DR5_NOM" ->
            plant("NOM", familyForm(doctorFamily[name.charAt(2) - '1']));
        case "DR2_PRENOM", "DR3_PRENOM", "DR4_PRENOM", "DR5_PRENOM" ->
            plant("PRENOM", givenForm(doctorGiven[name.charAt(2) - '1']));
        case "HOPITAL" -> plant("HOPITAL", patient.hospital[0]);
        case "HOP_ADRESSE" -> plant("ADRESSE", patient.hospitalStreet);
        case "HOP_ZIP" -> plant("ZIP", patient.hospitalCity[0]);
        case "HOP_VILLE" -> plant("VILLE", cityForm(patient.hospitalCity[1]));
        case "HOP_URL" -> plant("URL", "https://www." + patient.hospital[1] + "/oncologie");
        case "TEL" -> plant("TEL", phoneForm(pickPhone()));
        default -> throw new IllegalStateException("Unknown slot in template: " + name);
      }
    }

    private void plant(String category, String value) {
      int begin = text.length();
      text.append(value);
      phi.add(new PlantedPhi(category, begin, text.length()));
    }

    /** Ages under 90 are not PHI in the contract; only 90+ is planted as AGE. */
    private void age() {
      long years = ChronoUnit.YEARS.between(patient.birth, date);
      if (years >= 90) {
        plant("AGE", Long.toString(years));
      } else {
        text.append(years);
      }
    }

    private String formatDate(LocalDate value) {
      return pick(random, DATE_FORMATS).format(value);
    }

    private String familyForm(String upper) {
      return random.nextBoolean() ? upper : capitalise(upper);
    }

    private String givenForm(String given) {
      int style = random.nextInt(20);
      if (style < 2) {
        return given.toUpperCase(Locale.ROOT);
      }
      if (style == 2) {
        return initials(given);
      }
      return given;
    }

    private String cityForm(String city) {
      return random.nextInt(4) == 0 ? city.toUpperCase(Locale.ROOT) : city;
    }

    private String nirForm(String nir) {
      if (random.nextBoolean()) {
        return nir;
      }
      return nir.charAt(0)
          + " " + nir.substring(1, 3)
          + " " + nir.substring(3, 5)
          + " " + nir.substring(5, 7)
          + " " + nir.substring(7, 10)
          + " " + nir.substring(10, 13)
          + " " + nir.substring(13);
    }

    private String pickPhone() {
      String prefix = pick(random, FICTION_PHONES);
      return prefix + digits(random, 10 - prefix.length());
    }

    private String phoneForm(String ten) {
      String[] pairs = new String[5];
      for (int i = 0; i < 5; i++) {
        pairs[i] = ten.substring(2 * i, 2 * i + 2);
      }
      return switch (random.nextInt(6)) {
        case 0, 1 -> String.join(" ", pairs);
        case 2 -> String.join(".", pairs);
        case 3 -> String.join("-", pairs);
        case 4 -> "+33 " + ten.charAt(1) + " " + String.join(" ", List.of(pairs).subList(1, 5));
        default -> ten;
      };
    }

    private String rpps(String family, String given) {
      // Stable per clinician name within a corpus: the same doctor keeps the same RPPS.
      long value = Math.floorMod(mix(seed, (family + "|" + given).hashCode()), 1_000_000_000L);
      return String.format(Locale.ROOT, "10%09d", value);
    }

    private String mail(String given, String family) {
      String local =
          switch (random.nextInt(3)) {
            case 0 -> ascii(given) + "." + ascii(family);
            case 1 -> ascii(given).charAt(0) + "." + ascii(family);
            default -> "secretariat.oncologie";
          };
      return local + "@" + patient.hospital[1];
    }
  }

  private static String capitalise(String upper) {
    StringBuilder out = new StringBuilder(upper.length());
    boolean start = true;
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      out.append(start ? c : Character.toLowerCase(c));
      start = c == '-' || c == ' ' || c == '\'';
    }
    return out.toString();
  }

  private static String initials(String given) {
    StringBuilder out = new StringBuilder();
    for (String part : given.split("-")) {
      if (!out.isEmpty()) {
        out.append('-');
      }
      out.append(part.charAt(0)).append('.');
    }
    return out.toString();
  }

  /** Lower-case ASCII for e-mail local parts: accents folded, other symbols dropped. */
  private static String ascii(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = Character.toLowerCase(folded.charAt(i));
      if ((c >= 'a' && c <= 'z') || c == '-') {
        out.append(c);
      }
    }
    return out.isEmpty() ? "x" : out.toString();
  }

  private static String digits(SplittableRandom r, int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + r.nextInt(10)));
    }
    return out.toString();
  }

  private static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  /** SplitMix64 finaliser over the pair: decorrelates consecutive indices. */
  private static long mix(long a, long b) {
    long z = a * 0x9E3779B97F4A7C15L + b;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static List<String[]> split(List<String> lines) {
    List<String[]> rows = new ArrayList<>(lines.size());
    for (String line : lines) {
      String[] fields = line.split("\t", -1);
      if (fields.length != 2) {
        throw new IllegalStateException("Expected two tab-separated fields: " + line);
      }
      rows.add(fields);
    }
    return List.copyOf(rows);
  }

  /**
   * Lexicon lines are {@code key<TAB>alternative}; "\n" in an alternative is a line break. Keys
   * of one "~" group must have as many alternatives, or their index sharing would break.
   */
  private static Map<String, List<List<Part>>> loadLexicon(List<String> lines) {
    Map<String, List<List<Part>>> entries = new HashMap<>();
    for (String line : lines) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IllegalStateException("Lexicon line without key<TAB>value: " + line);
      }
      String value = line.substring(tab + 1).replace("\\n", "\n");
      entries.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>())
          .add(Template.parse(value));
    }
    Map<String, Integer> groupSizes = new HashMap<>();
    Map<String, List<List<Part>>> frozen = new HashMap<>();
    for (Map.Entry<String, List<List<Part>>> entry : entries.entrySet()) {
      String key = entry.getKey();
      int tilde = key.indexOf('~');
      if (tilde > 0) {
        Integer previous = groupSizes.putIfAbsent(key.substring(0, tilde), entry.getValue().size());
        if (previous != null && previous != entry.getValue().size()) {
          throw new IllegalStateException("Lexicon group sizes differ for " + key);
        }
      }
      frozen.put(key, List.copyOf(entry.getValue()));
    }
    return Map.copyOf(frozen);
  }

  /** A template file: its leading '#' lines are the header, the rest is the template text. */
  private static List<Part> loadTemplate(String file) {
    InputStream in = SyntheticCorpus.class.getResourceAsStream(BASE + file);
    if (in == null) {
      throw new IllegalArgumentException("Missing resource on the classpath: " + BASE + file);
    }
    StringBuilder body = new StringBuilder();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (header && line.startsWith("#")) {
          continue;
        }
        header = false;
        body.append(line).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read template " + file, e);
    }
    return Template.parse(body.toString());
  }
}
