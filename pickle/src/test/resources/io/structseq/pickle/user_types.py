"""UserTypesTest's CPython half: Python struct sequence types standing for Java's user types.

argv[1] is a JSON list of types, each {"name": "test.point", "visible": 2, "hidden": ["weight",
"note"]}: for each, a tuple subclass that CPython's pickle constructs and reduces as it does a struct
sequence (structseq_new and structseq_reduce of Objects/structseq.c, written in Python: CPython has no
way to make a struct sequence type at run time), under the module and name of the global.

Then each line of standard input is the base64 of a Java pickle; for each it prints the type of what
pickle.loads gave, its repr, and its pickles at protocols 0 to 5 in base64 ('ok ...'), or the error
('error ...').
"""
import base64, json, pickle, sys, types


def struct_sequence(name, n_visible, hidden):
    module, _, qualname = name.rpartition('.')
    n_fields = n_visible + len(hidden)

    class StructSequence(tuple):
        def __new__(cls, sequence, dict):
            seq = tuple(sequence)
            if not n_visible <= len(seq) <= n_fields:
                raise TypeError('%s() takes a %d- to %d-sequence (%d-sequence given)'
                                % (name, n_visible, n_fields, len(seq)))
            self = super().__new__(cls, seq[:n_visible])
            values = list(seq[n_visible:])
            used = 0
            for field in hidden[len(values):]:
                used += field in dict
                values.append(dict.get(field))
            if len(dict) != used:
                raise TypeError('%s() got duplicate or unexpected field name(s)' % name)
            self.hidden = tuple(values)
            return self

        def __reduce__(self):
            return (type(self), (tuple(self), dict(zip(hidden, self.hidden))))

    StructSequence.__name__ = StructSequence.__qualname__ = qualname
    StructSequence.__module__ = module
    if not hasattr(sys.modules.get(module), 'struct_sequences_of_java'):
        sys.modules[module] = types.ModuleType(module)
        sys.modules[module].struct_sequences_of_java = True
    setattr(sys.modules[module], qualname, StructSequence)


for t in json.loads(sys.argv[1]):
    struct_sequence(t['name'], t['visible'], t['hidden'])

for line in sys.stdin:
    try:
        value = pickle.loads(base64.b64decode(line.strip()))
        pickles = [base64.b64encode(pickle.dumps(value, p)).decode() for p in range(6)]
        kind = type(value).__module__ + '.' + type(value).__qualname__
        print('ok', kind, *pickles, flush=True)
    except Exception as e:
        print('error', type(e).__name__, str(e).replace('\n', ' '), flush=True)
