"""RuntimeTypesTest's CPython half.

argv[1] names a UTF-8 file of lines: CPython expression (or empty), struct type name, Java's repr,
base64 of Java's pickle, separated by tabs. For each line it prints one line of tab-separated
results: the expression, then whether pickle.loads gave CPython's own type ('type ok'), whether its
repr is Java's ('repr ok'), for an expression whether it equals CPython's own value with every hidden
value equal and floats bit for bit ('value ok') and CPython's pickles of its own value at protocols 0
to 5 ('own ...'), and CPython's pickles of what it loaded at protocols 0 to 5 ('back ...').
"""
import base64, grp, importlib, os, pickle, pwd, resource, struct, sys, time


def key(x):
    """x with every float as its 8 bytes and every struct sequence as its type, tuple and dict."""
    if isinstance(x, float):
        return ('float', struct.pack('<d', x))
    if isinstance(x, tuple) and hasattr(type(x), 'n_fields'):
        t, (seq, hidden) = x.__reduce__()
        return ('struct', t, key(seq), key(hidden))
    if isinstance(x, (tuple, list)):
        return (type(x).__name__, [key(i) for i in x])
    if isinstance(x, dict):
        return ('dict', [(k, key(v)) for k, v in sorted(x.items())])
    return (type(x).__name__, x)


def cpython_type(name):
    module, _, qualname = name.rpartition('.')
    return getattr(importlib.import_module(module), qualname)


def pickles(value):
    return ' '.join(base64.b64encode(pickle.dumps(value, p)).decode() for p in range(6))


for line in open(sys.argv[1], encoding='utf-8'):
    expr, name, java_repr, data = line.rstrip('\n').split('\t')
    v = pickle.loads(base64.b64decode(data))
    structs = v if isinstance(v, list) else [v]
    out = [expr]
    types = [type(s) for s in structs]
    out.append('type ' + ('ok' if all(t is cpython_type(name) for t in types) else 'DIFFERS %r' % types))
    out.append('repr ' + ('ok' if repr(v) == java_repr else 'DIFFERS %r' % repr(v)))
    if expr:
        own = eval(expr)
        same = v == own and key(v) == key(own)
        out.append('value ' + ('ok' if same else 'DIFFERS %r' % (key(own),)))
        out.append('own ' + pickles(own))
    out.append('back ' + pickles(v))
    print('\t'.join(out))
