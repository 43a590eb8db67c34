package org.onconlp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String SENTENCE = "Carcinome épidermoïde du poumon, stade IIIA.";

  @Test
  void windows1252BytesDecodeToTheRightTextAndAreFlagged() {
    DecodedText decoded = TextDecoder.decode(SENTENCE.getBytes(TextDecoder.WINDOWS_1252));
    assertEquals(SENTENCE, decoded.text());
    assertTrue(decoded.windows1252());
  }

  @Test
  void utf8IsNotFlagged() {
    DecodedText decoded = TextDecoder.decode(SENTENCE.getBytes(StandardCharsets.UTF_8));
    assertEquals(SENTENCE, decoded.text());
    assertFalse(decoded.windows1252());
  }

  @Test
  void utf8ByteOrderMarkIsDropped() {
    byte[] body = SENTENCE.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    DecodedText decoded = TextDecoder.decode(withBom);
    assertEquals(SENTENCE, decoded.text());
    assertFalse(decoded.windows1252());
  }

  @Test
  void strayWindows1252ByteKeepsTheUtf8AccentsAroundIt() {
    byte[] utf8 = "Récidive à ".getBytes(StandardCharsets.UTF_8);
    byte[] cp1252 = "l'hôpital".getBytes(TextDecoder.WINDOWS_1252);
    byte[] mixed = new byte[utf8.length + cp1252.length];
    System.arraycopy(utf8, 0, mixed, 0, utf8.length);
    System.arraycopy(cp1252, 0, mixed, utf8.length, cp1252.length);
    DecodedText decoded = TextDecoder.decode(mixed);
    assertEquals("Récidive à l'hôpital", decoded.text());
    assertTrue(decoded.windows1252());
  }

  @Test
  void windows1252TypographicQuotesAndEuroDecode() {
    byte[] bytes = {(byte) 0x93, 'R', 'C', 'P', (byte) 0x94, ' ', '5', (byte) 0x80};
    assertEquals("“RCP” 5€", TextDecoder.decode(bytes).text());
  }

  @Test
  void truncatedUtf8SequenceAtTheEndFallsBack() {
    byte[] bytes = {'p', 'T', '2', (byte) 0xC3};
    assertEquals("pT2Ã", TextDecoder.decode(bytes).text());
  }

  @Test
  void nulByteMeansBinary() {
    assertTrue(TextDecoder.decode(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}).binary());
  }

  @Test
  void manyControlCharactersMeanBinary() {
    assertTrue(TextDecoder.looksBinary("ab\u0001\u0002\u0003cd\u0004\u0005\u0006"));
  }

  @Test
  void layoutControlsAreText() {
    assertFalse(TextDecoder.looksBinary("Conclusion :\r\n\tpT1c\fpage 2\u000Bsuite"));
  }

  @Test
  void emptyInputDecodesToEmptyText() {
    DecodedText decoded = TextDecoder.decode(new byte[0]);
    assertEquals("", decoded.text());
    assertFalse(decoded.binary());
  }

  @Test
  void randomBytesNeverThrow() {
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[random.nextInt(2000)];
      random.nextBytes(bytes);
      DecodedText decoded = TextDecoder.decode(bytes);
      assertTrue(decoded.text().length() <= bytes.length);
    }
  }
}
