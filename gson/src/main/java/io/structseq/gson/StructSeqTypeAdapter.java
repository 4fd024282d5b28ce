package io.structseq.gson;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.structseq.StructField;
import io.structseq.StructSequence;
import io.structseq.StructType;
import java.io.IOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The adapter of one struct sequence type, built once per type and {@code Gson} instance: member
 * names and each field's adapter (its generic type resolved against the type asked for, so
 * {@code Pair<String, Integer>} reads String and Integer). Instances are built by
 * {@code StructType.create} or {@code fromSequence}, so the record's null checks and {@code @Check}
 * methods run.
 */
final class StructSeqTypeAdapter extends TypeAdapter<StructSequence> {
  private final StructType<?> type;
  private final String description;
  private final StructField[] fields;
  private final String[] names;
  private final TypeAdapter<Object>[] adapters;
  private final int sequenceSize;
  private final boolean array;

  @SuppressWarnings({"unchecked", "rawtypes"})
  StructSeqTypeAdapter(Gson gson, TypeToken<?> token, StructType<?> type, boolean array) {
    this.type = type;
    this.description = type.name() + " (" + token.getRawType().getName() + ")";
    this.fields = type.fields().toArray(new StructField[0]);
    this.names = new String[fields.length];
    this.adapters = new TypeAdapter[fields.length];
    this.sequenceSize = type.sequenceSize();
    this.array = array;
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    bind(token.getType(), bindings);
    for (int i = 0; i < fields.length; i++) {
      names[i] = fields[i].name();
      adapters[i] = (TypeAdapter<Object>) gson.getAdapter(TypeToken.get(fieldType(token.getRawType(), fields[i], bindings)));
    }
  }

  @Override
  public void write(JsonWriter out, StructSequence value) throws IOException {
    if (array) {
      out.beginArray();
      for (int i = 0; i < sequenceSize; i++) {
        adapters[i].write(out, value.get(i));
      }
      out.endArray();
    } else {
      out.beginObject();
      for (int i = 0; i < fields.length; i++) {
        out.name(names[i]);
        adapters[i].write(out, type.value(value, i));
      }
      out.endObject();
    }
  }

  @Override
  public StructSequence read(JsonReader in) throws IOException {
    JsonToken token = in.peek();
    if (token == JsonToken.BEGIN_OBJECT) {
      return readObject(in);
    } else if (token == JsonToken.BEGIN_ARRAY) {
      return readArray(in);
    }
    throw new JsonSyntaxException(description + " is read from a JSON object of its fields or an array"
        + " of its values, not " + token + " at path " + in.getPreviousPath());
  }

  private StructSequence readObject(JsonReader in) throws IOException {
    String path = in.getPath();
    Object[] values = new Object[fields.length];
    boolean[] seen = new boolean[fields.length];
    in.beginObject();
    while (in.hasNext()) {
      int i = type.indexOf(in.nextName());
      if (i < 0) {
        in.skipValue();
        continue;
      }
      values[i] = readField(in, i);
      seen[i] = true;
    }
    in.endObject();
    for (int i = 0; i < fields.length; i++) {
      if (!seen[i] && !fields[i].isNullable()) {
        throw new JsonSyntaxException("Missing member \"" + names[i] + "\" of " + description
            + " at path " + path + ": the field is not @Nullable");
      }
    }
    try {
      return type.create(values);
    } catch (RuntimeException e) {
      throw new JsonParseException("Cannot construct " + description + " at path " + path + ": "
          + e.getMessage(), e);
    }
  }

  private StructSequence readArray(JsonReader in) throws IOException {
    String path = in.getPath();
    List<Object> items = new ArrayList<>(fields.length);
    in.beginArray();
    while (in.hasNext()) {
      int i = items.size();
      if (i < fields.length) {
        items.add(readField(in, i));
      } else {
        // Too many values: counted, so that fromSequence says CPython's words about the length.
        in.skipValue();
        items.add(null);
      }
    }
    in.endArray();
    try {
      return type.fromSequence(items);
    } catch (RuntimeException e) {
      throw new JsonParseException("Cannot construct " + description + " from the JSON array at path "
          + path + ": " + e.getMessage(), e);
    }
  }

  private Object readField(JsonReader in, int i) throws IOException {
    Object value;
    try {
      value = adapters[i].read(in);
    } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
      throw new JsonSyntaxException("Cannot read member \"" + names[i] + "\" of " + description
          + " at path " + in.getPreviousPath() + ": " + e.getMessage(), e);
    }
    if (value == null && !fields[i].isNullable()) {
      throw new JsonSyntaxException("Member \"" + names[i] + "\" of " + description + " is null at path "
          + in.getPreviousPath() + ", and the field is not @Nullable");
    }
    return value;
  }

  /**
   * The field's full generic type, read once from its accessor and resolved with the type
   * arguments of the type asked for and of its supertypes.
   */
  private static Type fieldType(Class<?> owner, StructField field, Map<TypeVariable<?>, Type> bindings) {
    try {
      Method accessor = owner.getMethod(field.name());
      return substitute(accessor.getGenericReturnType(), bindings);
    } catch (NoSuchMethodException e) {
      return field.type();
    }
  }

  /** Binds the type parameters of {@code type} and of its superinterfaces to their arguments. */
  private static void bind(Type type, Map<TypeVariable<?>, Type> bindings) {
    Class<?> raw;
    if (type instanceof ParameterizedType parameterized) {
      raw = (Class<?>) parameterized.getRawType();
      TypeVariable<?>[] variables = raw.getTypeParameters();
      Type[] arguments = parameterized.getActualTypeArguments();
      for (int i = 0; i < variables.length; i++) {
        bindings.put(variables[i], substitute(arguments[i], bindings));
      }
    } else if (type instanceof Class<?>) {
      raw = (Class<?>) type;
    } else {
      return;
    }
    for (Type superinterface : raw.getGenericInterfaces()) {
      bind(superinterface, bindings);
    }
  }

  private static Type substitute(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof TypeVariable<?>) {
      Type bound = bindings.get(type);
      return bound != null ? bound : Object.class;
    } else if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments().clone();
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = substitute(arguments[i], bindings);
      }
      return TypeToken.getParameterized(parameterized.getRawType(), arguments).getType();
    } else if (type instanceof GenericArrayType genericArrayType) {
      return TypeToken.getArray(substitute(genericArrayType.getGenericComponentType(), bindings))
          .getType();
    } else if (type instanceof WildcardType wildcardType) {
      return substitute(wildcardType.getUpperBounds()[0], bindings);
    }
    return type;
  }
}
