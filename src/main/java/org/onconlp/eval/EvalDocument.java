package org.onconlp.eval;

import org.onconlp.deid.DeidOffsetMapper;
import java.util.List;

/**
 * One document of a gold corpus or of a prediction set.
 *
 * <p>For gold documents {@code text} is the original text. For predictions read from the output
 * contract it is the published (de-identified) text, kept for the leak check, while the entities'
 * offsets have already been mapped back into the original text (see {@link DeidOffsetMapper}), so
 * gold and prediction offsets are always comparable.
 *
 * @param id document identifier used to pair gold and prediction
 * @param text original text (gold) or published de-identified text (prediction)
 * @param entities entities with offsets into the original text
 */
public record EvalDocument(String id, String text, List<EvalEntity> entities) {

  /** Copies the entity list. */
  public EvalDocument {
    text = text == null ? "" : text;
    entities = List.copyOf(entities);
  }
}
