package io.structseq.pickle;

import io.structseq.StructSequence;
import java.io.IOException;
import java.io.OutputStream;
import net.razorvine.pickle.IObjectPickler;
import net.razorvine.pickle.Opcodes;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.Pickler;

/**
 * Writes a struct sequence as CPython's struct sequence {@code __reduce__} gives it:
 * {@code GLOBAL module name}, the tuple of the visible values, the dict of the hidden fields by name,
 * {@code TUPLE2}, {@code REDUCE}. The values themselves are Pyrolite's to write (a nested struct
 * sequence comes back here).
 */
final class StructPickler implements IObjectPickler {
  static final StructPickler INSTANCE = new StructPickler();

  private StructPickler() {}

  @Override
  public void pickle(Object o, OutputStream out, Pickler pickler) throws IOException {
    StructSequence value = (StructSequence) o;
    PickleLayout layout = PickleLayout.ofValue(value);
    String refusal = layout.refusal();
    if (refusal != null) {
      throw new PickleException(refusal);
    }
    out.write(layout.global());
    out.write(Opcodes.MARK);
    int visible = value.size();
    for (int i = 0; i < visible; i++) {
      pickler.save(value.get(i));
    }
    out.write(Opcodes.TUPLE);
    out.write(Opcodes.EMPTY_DICT);
    String[] names = layout.hiddenNames();
    if (names.length > 0) {
      byte[][] keys = layout.hiddenKeys();
      out.write(Opcodes.MARK);
      for (int i = 0; i < names.length; i++) {
        out.write(keys[i]);
        pickler.save(value.get(names[i]));
      }
      out.write(Opcodes.SETITEMS);
    }
    out.write(Opcodes.TUPLE2);
    out.write(Opcodes.REDUCE);
  }
}
