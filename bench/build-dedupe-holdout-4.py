# Builds test/fixtures/dedupe-holdout-4.json (issue 13, round 4): labelled pairs of organisation names
# from real lists that holdouts 1-3 never used, written down in two parts by two people who did not
# read the duplicate finder's code and did not run it on their pairs:
#   bench/holdout4_a.py  drug policy, HIV / harm reduction, environment / climate, Latin America (es, pt)
#   bench/holdout4_b.py  human rights, press freedom, Francophone Africa, the Arab region, Central Asia,
#                        Russia and Ukraine, UN Human Rights Council statements (fr, ar, ru)
# The tune / sealed split is fixed by a hash of each pair (bench/holdout_pairs.py) when the file is made.
# Run: python3 bench/build-dedupe-holdout-4.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_pairs import build
import holdout4_a, holdout4_b

build('dedupe-holdout-4',
      'Holdout 4 (issue 13, round 4): pairs from real lists never used before, built without running or reading the finder.',
      [holdout4_a, holdout4_b], ['own-name', 'constructed'])
