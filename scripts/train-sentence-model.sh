#!/usr/bin/env bash
# Trains Pantau's event-sentence model (src/main/resources/id/pantau/events/sentence-model-v1.bin).
# Usage: scripts/train-sentence-model.sh [SHARED_DIR]   (default ../shared)
#
# Training data (never the dev gold, which is the check):
#   - the 180 annotated corpus articles of SHARED/gold/train (events.json, ids.txt) and the five seed
#     articles (SHARED/seeds with SHARED/gold/dev/seed-events.json): sentences overlapping an event's
#     evidence are examples of its type, their other trigger sentences examples of "none";
#   - IndoSum articles of the categories that cannot hold conflict events (olahraga, showbiz, hiburan,
#     teknologi) from SHARED/corpus/id-news.jsonl, minus the dev and train ids: their trigger sentences
#     ("serangan balik", "menembak ke gawang") are examples of "none".
# It prints 5-fold cross-validated precision/recall on the training articles and the model's
# precision/recall on the corpus dev gold (reported, not trained on).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$(cd "${1:-$here/../shared}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PANTAU_JAVA_OPTS="${PANTAU_JAVA_OPTS:--Xmx4g} -Dpantau.rulesOnly=true"
pantau="$here/pantau"

python3 "$shared/tools/select_corpus.py" "$shared/gold/train/ids.txt" > "$work/train.jsonl"
python3 "$shared/tools/select_corpus.py" "$shared/gold/dev/corpus-ids.txt" > "$work/dev.jsonl"
python3 - "$shared" > "$work/negatives.jsonl" <<'PY'
import json, sys
shared = sys.argv[1]
skip = set()
for f in ("gold/train/ids.txt", "gold/dev/corpus-ids.txt"):
    skip |= {l.strip() for l in open(f"{shared}/{f}") if l.strip()}
for line in open(f"{shared}/corpus/id-news.jsonl", encoding="utf-8"):
    d = json.loads(line)
    if d.get("category") in ("olahraga", "showbiz", "hiburan", "teknologi") and d["id"] not in skip:
        print(line, end="")
PY
python3 - "$shared/gold/dev/seed-events.json" > "$work/seed-dates.csv" <<'PY'
import json, sys
print("doc_id,published")
for d in json.load(open(sys.argv[1]))["documents"]:
    if d.get("published"):
        print(f'{d["doc"]},{d["published"]}')
PY
"$pantau" ingest --data "$work/train" --no-progress "$work/train.jsonl" > /dev/null
"$pantau" ingest --data "$work/train" --no-progress --dates "$work/seed-dates.csv" "$shared/seeds" > /dev/null
"$pantau" ingest --data "$work/neg" --no-progress "$work/negatives.jsonl" > /dev/null || [ $? -eq 3 ]
"$pantau" ingest --data "$work/dev" --no-progress "$work/dev.jsonl" > /dev/null
"$pantau" events train --data "$work/train" --gold "$shared/gold/train/events.json" --gold "$shared/gold/dev/seed-events.json" \
  --negatives "$work/neg" --eval-data "$work/dev" --eval-gold "$shared/gold/dev/corpus-events.json" \
  -o "$here/src/main/resources/id/pantau/events/sentence-model-v1.bin"
