"""BadInputTest's CPython half: pickles that CPython's own types refuse, or that Java must refuse.

Each case is a reduce of a CPython struct sequence type with arguments it should not get. For each
case and protocol 0 to 5 it prints: case, protocol, base64 of the pickle, and what CPython's
pickle.loads says of it ('OK' when CPython accepts it), separated by tabs.
"""
import base64, grp, os, pickle, time


class Reduce:
    def __init__(self, callable, args):
        self.callable, self.args = callable, args

    def __reduce__(self):
        return (self.callable, self.args)


TEN = tuple(range(10))
CASES = {
    'too short': Reduce(os.stat_result, (TEN[:9],)),
    'too long': Reduce(os.stat_result, (tuple(range(20)),)),
    'both bounds': Reduce(os.uname_result, (('Linux', 'host', '6'),)),
    'no arguments': Reduce(os.stat_result, ()),
    'three arguments': Reduce(os.stat_result, (TEN, {}, 1)),
    'not a sequence': Reduce(os.stat_result, (5,)),
    'dict not a dict': Reduce(os.stat_result, (TEN, [1])),
    'dict is None': Reduce(os.stat_result, (TEN, None)),
    'unknown field name': Reduce(time.struct_time, (TEN[:9], {'tm_foo': 1})),
    'field name not a str': Reduce(time.struct_time, (TEN[:9], {1: 2})),
    'duplicate field name': Reduce(time.struct_time, (TEN[:9] + ('UTC',), {'tm_zone': 'UTC'})),
    'visible field by name': Reduce(time.struct_time, (TEN[:9], {'tm_year': 2024})),
    'wrong type': Reduce(os.stat_result, (('x',) + TEN[1:],)),
    'wrong type hidden': Reduce(os.stat_result, (TEN, {'st_atime': 'x'})),
    'wrong element type': Reduce(grp.struct_group, (('g', 'x', 1, [1, 2]),)),
    'int out of range': Reduce(os.stat_result, ((2 ** 40,) + TEN[1:],)),
    'int out of long': Reduce(os.stat_result, ((0, 2 ** 70) + TEN[2:],)),
    'float in an int field': Reduce(os.stat_result, ((0.5,) + TEN[1:],)),
    'missing primitive': Reduce(os.stat_result, (TEN + (None,),)),
    'null for a non-null field': Reduce(os.uname_result, ((None, 'host', '6', '#1', 'x86_64'),)),
}

for name, case in CASES.items():
    for protocol in range(6):
        data = pickle.dumps(case, protocol)
        try:
            pickle.loads(data)
            words = 'OK'
        except Exception as e:
            words = str(e)
        print('\t'.join([name, str(protocol), base64.b64encode(data).decode(), words]))

# A registered module with a type name it does not have.
for protocol in range(6):
    data = pickle.dumps(os.stat_result(TEN), protocol).replace(b'stat_result', b'stat_resulx')
    try:
        pickle.loads(data)
        words = 'OK'
    except Exception as e:
        words = str(e)
    print('\t'.join(['unknown type name', str(protocol), base64.b64encode(data).decode(), words]))
