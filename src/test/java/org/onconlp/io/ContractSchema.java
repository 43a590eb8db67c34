package org.onconlp.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The project's JSON Schema of the output contract, for tests that validate real output. */
public final class ContractSchema {
  private static final String LOCATION = "/org/onconlp/io/onconlp-output.schema.json";

  private ContractSchema() {}

  /** Loads the schema from the classpath. */
  public static JsonSchema load() {
    try (InputStream in = ContractJsonWriter.class.getResourceAsStream(LOCATION)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema violations of one contract document; empty when valid. */
  public static Set<ValidationMessage> violations(JsonNode document) {
    return load().validate(document);
  }
}
