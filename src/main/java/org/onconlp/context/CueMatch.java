package org.onconlp.context;

/**
 * A cue found in a sentence, in token indices of a {@link ContextTokens}.
 *
 * @param cue the lexicon entry
 * @param first index of the first token of the cue
 * @param last index of the last token of the cue (inclusive)
 * @param scopeStart first token of the forward scope: {@code last + 1}, or the first word of
 *     the gap for a discontinuous cue, so that "ne [X] pas" covers X
 */
public record CueMatch(Cue cue, int first, int last, int scopeStart) {}
