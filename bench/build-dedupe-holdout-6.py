# Builds test/fixtures/dedupe-holdout-6.json (issue 13, round 5, the final check): labelled pairs of organisation names
# from real lists and pages that holdouts 1-5 never used, written down in two parts by two people who did
# not read the duplicate finder's code and did not run it on their pairs:
#   bench/holdout6_a.py  transparency and tax justice, humanitarian and development NGOs with national sections
#                        (MSF, Red Cross, Oxfam, CARE, World Vision), journalists' and teachers' unions, UN NGO lists
#   bench/holdout6_b.py  Africa (anglophone and francophone), the Middle East (Arabic, English, French), land,
#                        peasant, fisherfolk and housing movements, women's funds and feminist networks
# The tune / sealed split is fixed by a hash of each pair (bench/holdout_pairs.py) when the file is made.
# Run: python3 bench/build-dedupe-holdout-6.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_pairs import build
import holdout6_a, holdout6_b

build('dedupe-holdout-6',
      'Holdout 6 (issue 13, round 5, the final check): pairs from real lists never used before, built without running or reading the finder.',
      [holdout6_a, holdout6_b], ['constructed', 'own-name'])
