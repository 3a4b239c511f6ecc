# The shared part of the holdout builders (bench/build-dedupe-holdout-*.py): how a labelled pair is
# written down, how the tune / sealed split is fixed, and how the file is written.
import hashlib, json, os

SPLIT_RULE = ('split = "tune" when the first byte of sha1(a + TAB + b) is even, else "sealed"; assigned '
              'mechanically when the file was made, before any run. Errors on "sealed" pairs are never '
              'printed by bench/dedupe-quality.ts.')

P = []

def p(a, b, same, cat, why, sa, sb, **kw):
    """A labelled pair: the two names as printed, the label, the kind of difference, why, the sources."""
    d = {'a': a, 'b': b, 'same': same, 'category': cat, 'why': why, 'source_a': sa, 'source_b': sb}
    d.update(kw)
    P.append(d)

def N(a, b, cat, why, sa, sb, **kw):
    """Two different organisations."""
    p(a, b, False, cat, why, sa, sb, **kw)

def H(a, b, cat, why, sa, sb, **kw):
    """Two different organisations that a finder is tempted to merge (chapters, branches, members)."""
    p(a, b, False, cat, why, sa, sb, hard_negative=True, **kw)

def split_of(pair):
    # Assigned mechanically, before any run: errors on 'sealed' pairs are never printed.
    return 'tune' if hashlib.sha1((pair['a'] + '\t' + pair['b']).encode()).digest()[0] % 2 == 0 else 'sealed'

def write(name, description, sources):
    """Fixes each pair's split and writes test/fixtures/<name>.json; prints what it holds."""
    for x in P:
        x['split'] = split_of(x)
    out = {'description': description, 'sources': sources, 'split_rule': SPLIT_RULE, 'pairs': P}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures', name + '.json')
    with open(path, 'w') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    same = sum(1 for x in P if x['same'])
    print(len(P), 'pairs;', same, 'same;', len(P) - same, 'not;', sum(1 for x in P if x.get('hard_negative')), 'hard negatives;',
          sum(1 for x in P if x['split'] == 'sealed'), 'sealed;', sum(1 for x in P if x.get('constructed')), 'constructed')


# Sources that are no page: the organisation's own name, and a variant written from a real name.
GENERIC_SOURCES = {
    'own-name': {'title': "the organisation's own name in its own language (or its acronym), as it publishes it", 'where': 'the organisation\'s public material, named in each pair\'s "why"'},
    'constructed': {'title': 'a variant written from the real name by the one rule named in "category"', 'where': 'constructed'},
}

def build(name, description, parts, generic):
    """Writes test/fixtures/<name>.json from builder modules (each with SRC; their pairs are in P), adding the
    generic sources named in `generic`, in that order, where no part defines them."""
    sources = {}
    for part in parts:
        sources.update(part.SRC)
    for key in generic:
        sources.setdefault(key, GENERIC_SOURCES[key])
    write(name, description + ' Figures: node --import tsx bench/dedupe-quality.ts', sources)
