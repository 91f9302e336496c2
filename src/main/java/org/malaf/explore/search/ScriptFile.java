package org.malaf.explore.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/**
 * A data file the browser loads with a {@code <script>} tag: {@code fetch} of JSON fails from
 * {@code file://}, a script does not. Each file stores one JSON value under a key of a global object, so
 * files may load in any order. Values should be records, lists or sorted maps, which serialise the same
 * way every build.
 */
public final class ScriptFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ScriptFile() {
  }

  /**
   * {@code (self.GLOBAL||(self.GLOBAL={}))["KEY"]=JSON.parse('VALUE');} as UTF-8. The value goes through
   * {@code JSON.parse} of a string rather than an object literal because engines parse JSON several times
   * faster than the same data as JavaScript (V8 advises it from about 10 kB), and a phone's first search
   * pays for every shard it loads.
   */
  public static byte[] assign(String global, String key, Object value) {
    try {
      String json = JSON.writeValueAsString(value).replace("\\", "\\\\").replace("'", "\\'");
      String js = "(self." + global + "||(self." + global + "={}))[" + JSON.writeValueAsString(key) + "]=JSON.parse('"
          + json + "');\n";
      return js.getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write script data " + key, e);
    }
  }
}
