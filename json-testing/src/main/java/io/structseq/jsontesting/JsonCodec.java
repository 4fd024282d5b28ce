package io.structseq.jsontesting;

/** One JSON library, set up by a test: what the shared tests need of it. */
public interface JsonCodec {
  /**
   * Writes a value as JSON.
   *
   * @param value any value
   * @return its JSON text
   * @throws Exception whatever the library throws
   */
  String write(Object value) throws Exception;

  /**
   * Reads a JSON text as a value of a type.
   *
   * @param json a JSON text
   * @param type what to read it as
   * @param <T> the type
   * @return the value
   * @throws Exception whatever the library throws
   */
  <T> T read(String json, Class<T> type) throws Exception;
}
