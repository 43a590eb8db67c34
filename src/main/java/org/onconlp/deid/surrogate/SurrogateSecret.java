package org.onconlp.deid.surrogate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that keys realistic surrogates: read from a file ({@code --secret-file}) or from
 * the environment variable {@value #ENV}. Whoever holds it can recompute every surrogate, so it
 * is never logged: {@link #toString()} and every error message carry no part of it.
 */
public final class SurrogateSecret {
  /** Environment variable holding the secret. */
  public static final String ENV = "ONCONLP_SECRET";

  /** Shortest secret accepted, in bytes (a guessable secret would allow re-identification). */
  public static final int MIN_LENGTH = 16;

  private final byte[] key;

  private SurrogateSecret(byte[] key) {
    this.key = key;
  }

  /**
   * Loads the secret: the file if given, otherwise the environment variable.
   *
   * @param file secret file (its content, stripped of surrounding whitespace), or null
   * @param env the environment (System.getenv() in production)
   * @throws IllegalStateException with a message naming where the secret was looked for
   */
  public static SurrogateSecret load(Path file, Map<String, String> env) {
    String value;
    if (file != null) {
      try {
        value = Files.readString(file, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read the secret file " + file + " (" + e.getClass().getSimpleName() + ")");
      }
    } else {
      value = env.get(ENV);
    }
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException(
          "Surrogate mode needs a secret: set the environment variable " + ENV
              + " or pass --secret-file FILE (or use --deid-mode MASK)");
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_LENGTH) {
      throw new IllegalStateException("The surrogate secret is too short: at least " + MIN_LENGTH + " bytes are needed");
    }
    return new SurrogateSecret(bytes);
  }

  /** A secret from bytes (tests, embedding applications). */
  public static SurrogateSecret of(byte[] key) {
    if (key.length < MIN_LENGTH) {
      throw new IllegalArgumentException("The surrogate secret is too short: at least " + MIN_LENGTH + " bytes are needed");
    }
    return new SurrogateSecret(key.clone());
  }

  /** A new HMAC-SHA256 keyed with the secret (Mac is not thread-safe: one per call site). */
  Mac mac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SurrogateSecret other && Arrays.equals(key, other.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "SurrogateSecret[hidden]";
  }
}
