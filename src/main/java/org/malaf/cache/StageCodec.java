package org.malaf.cache;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.malaf.diag.Problem;

/**
 * Turns a stage's result and the problems it reported into JSON and back. A value is only stored when
 * it comes back from its JSON equal to itself (records compare by value), so a type that JSON cannot
 * carry faithfully — a field Jackson skips, an interface, an array — is simply not cached on disk.
 */
final class StageCodec {

  /** What is stored for one stage run: its result and the warnings it reported, replayed on a hit. */
  record Stored<T>(T value, List<Problem> problems) {
  }

  private final ObjectMapper mapper;

  StageCodec() {
    SimpleModule module = new SimpleModule("malaf-cache");
    // Jackson writes a Path as an absolute file: URI; positions must keep the path exactly as given.
    module.addSerializer(Path.class, new ToStringSerializer<>());
    module.addDeserializer(Path.class, new FromString<>(Path.class, Path::of));
    module.addSerializer(LocalDate.class, new ToStringSerializer<>());
    module.addDeserializer(LocalDate.class, new FromString<>(LocalDate.class, LocalDate::parse));
    this.mapper = JsonMapper.builder()
        .addModule(module)
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  /** The JSON of {@code stored}, or empty when it would not come back equal. */
  <T> Optional<byte[]> encode(Stored<T> stored, Class<T> type) {
    try {
      byte[] json = mapper.writeValueAsBytes(stored);
      Optional<Stored<T>> back = decode(json, type);
      return back.isPresent() && back.get().equals(stored) ? Optional.of(json) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The value read from {@code json}, or empty when it does not parse as a {@code type} result. */
  <T> Optional<Stored<T>> decode(byte[] json, Class<T> type) {
    JavaType stored = mapper.getTypeFactory().constructParametricType(Stored.class, type);
    try {
      Stored<T> value = mapper.readValue(json, stored);
      return value == null || value.value() == null || value.problems() == null ? Optional.empty() : Optional.of(value);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes a value as its {@code toString()}. */
  private static final class ToStringSerializer<T> extends JsonSerializer<T> {
    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Reads a value back from its string form. */
  private static final class FromString<T> extends JsonDeserializer<T> {

    private final Class<T> type;
    private final java.util.function.Function<String, T> parse;

    FromString(Class<T> type, java.util.function.Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      try {
        return parse.apply(text);
      } catch (RuntimeException e) {
        return type.cast(ctxt.handleWeirdStringValue(type, text, "not a valid %s", type.getSimpleName()));
      }
    }
  }
}
