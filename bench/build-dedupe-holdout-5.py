# Builds test/fixtures/dedupe-holdout-5.json (issue 13, round 5): labelled pairs of organisation names
# from real lists and pages that holdouts 1-4 never used, written down in two parts by two people who did
# not read the duplicate finder's code and did not run it on their pairs:
#   bench/holdout5_a.py  Asia-Pacific and South Asia, trade unions, women's rights / SRHR (IPPF members),
#                        disability, Lusophone Africa and Portugal, Canada and Quebec (French / English)
#   bench/holdout5_b.py  Europe in its own languages, migration and refugee networks, faith-based networks,
#                        children's rights, LGBTI, digital rights, consumer organisations
# The tune / sealed split is fixed by a hash of each pair (bench/holdout_pairs.py) when the file is made.
# Run: python3 bench/build-dedupe-holdout-5.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_pairs import build
import holdout5_a, holdout5_b

build('dedupe-holdout-5',
      'Holdout 5 (issue 13, round 5): pairs from real lists never used before, built without running or reading the finder.',
      [holdout5_a, holdout5_b], ['own-name'])
