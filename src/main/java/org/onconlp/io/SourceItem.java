package org.onconlp.io;

/** What a reader yields for each input position: an accepted {@link Record} or a {@link Reject}. */
public sealed interface SourceItem permits Record, Reject {}
