package org.malaf.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** The SHA-256 name of a cache entry, as 64 lower-case hex digits. */
public record CacheKey(String hex) {

  public CacheKey {
    Objects.requireNonNull(hex, "hex");
    if (!isDigestHex(hex)) {
      throw new IllegalArgumentException("not a SHA-256 hex digest: " + hex);
    }
  }

  /** 64 lower-case hex digits (checked by hand: an edit makes tens of thousands of keys). */
  private static boolean isDigestHex(String hex) {
    if (hex.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = hex.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /** A key built from typed, length-prefixed parts, so ("ab", "c") and ("a", "bc") never collide. */
  public static Builder builder(String kind) {
    return new Builder().add(kind);
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return hex;
  }

  /** Accumulates the parts of a key. */
  public static final class Builder {

    private final MessageDigest digest = newDigest();

    public Builder add(String part) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      digest.update((byte) 'S');
      digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
      digest.update(bytes);
      return this;
    }

    public Builder add(CacheKey key) {
      digest.update((byte) 'K');
      digest.update(HexFormat.of().parseHex(key.hex()));
      return this;
    }

    public Builder add(byte[] bytes) {
      digest.update((byte) 'B');
      digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
      digest.update(bytes);
      return this;
    }

    public CacheKey build() {
      return new CacheKey(HexFormat.of().formatHex(digest.digest()));
    }
  }
}
