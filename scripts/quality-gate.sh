#!/usr/bin/env bash
# Quality gate: runs Pantau on the shared dev gold and fails when a score falls below its floor
# in quality/floors.json. Skips (saying so) when ../shared is absent.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${PANTAU_SHARED:-$here/../shared}"
if [ ! -d "$shared/gold/dev" ]; then
  echo "quality gate: skipped ($shared/gold/dev not found)"
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pantau="$here/pantau"

echo "== seeds: clean text vs gold/dev/clean"
"$pantau" ingest --data "$work/seeds" --no-progress "$shared/seeds" > /dev/null
"$pantau" docs export --data "$work/seeds" -o "$work/seeds.jsonl" 2> /dev/null
python3 "$shared/tools/score_clean.py" --gold-dir "$shared/gold/dev/clean" --pred "$work/seeds.jsonl" | tee "$work/seeds.txt"

echo "== seeds: events vs gold/dev/seed-events.json (publication dates given with --dates)"
python3 - "$shared/gold/dev/seed-events.json" > "$work/seed-dates.csv" <<'PY'
import json, sys
print("doc_id,published")
for d in json.load(open(sys.argv[1]))["documents"]:
    if d.get("published"):
        print(f'{d["doc"]},{d["published"]}')
PY
"$pantau" ingest --data "$work/seed-events" --no-progress --dates "$work/seed-dates.csv" "$shared/seeds" > /dev/null
"$pantau" events export --data "$work/seed-events" -o "$work/seed-events.jsonl" 2> /dev/null
python3 "$shared/tools/score_events.py" --gold "$shared/gold/dev/seed-events.json" --pred "$work/seed-events.jsonl" --json | tail -1 > "$work/seed-events-score.json"
cat "$work/seed-events-score.json"

echo "== corpus dev set: events of 20 corpus articles vs gold/dev/corpus-events.json"
python3 "$shared/tools/select_corpus.py" "$shared/gold/dev/corpus-ids.txt" > "$work/corpus20.jsonl"
"$pantau" ingest --data "$work/corpus20" --no-progress "$work/corpus20.jsonl" > /dev/null
"$pantau" events export --data "$work/corpus20" --no-merge -o "$work/corpus20-events.jsonl" 2> /dev/null
python3 "$shared/tools/score_events.py" --gold "$shared/gold/dev/corpus-events.json" --pred "$work/corpus20-events.jsonl" --json | tail -1 > "$work/corpus20-score.json"
cat "$work/corpus20-score.json"

echo "== train gold: events of 180 corpus articles vs gold/train/events.json"
python3 "$shared/tools/select_corpus.py" "$shared/gold/train/ids.txt" > "$work/train.jsonl"
"$pantau" ingest --data "$work/train" --no-progress "$work/train.jsonl" > /dev/null
"$pantau" events export --data "$work/train" --no-merge -o "$work/train-events.jsonl" 2> /dev/null
python3 "$shared/tools/score_events.py" --gold "$shared/gold/train/events.json" --pred "$work/train-events.jsonl" --json | tail -1 > "$work/train-score.json"
cat "$work/train-score.json"

echo "== geocoding: required events of gold/train and gold/dev placed from their evidence sentences"
"$pantau" places --gold "$shared/gold/train/events.json" --data "$work/train" | tail -1 | tee "$work/geo-train.txt"
"$pantau" places --gold "$shared/gold/dev/corpus-events.json" --data "$work/corpus20" | tail -1 | tee "$work/geo-dev.txt"

echo "== anpandu Indonesian news pages: clean text vs ground truth"
"$pantau" ingest --data "$work/html" --no-progress "$shared/corpus/html/anpandu-indonesian-news-scraper/pages" > /dev/null || [ $? -eq 3 ]
"$pantau" docs export --data "$work/html" -o "$work/html.jsonl" 2> /dev/null
python3 "$shared/tools/score_clean.py" --gold-jsonl "$shared/corpus/html/anpandu-indonesian-news-scraper/ground-truth.jsonl" \
  --pred "$work/html.jsonl" | tee "$work/html.txt"

echo "== English extraction benchmark (Pantau vs Readability4J vs boilerpipe; the -Pbench build adds the peers)"
(cd "$here" && mvn -q -B -Pbench -DskipTests package > "$work/bench-build.log" 2>&1) || { cat "$work/bench-build.log"; exit 1; }
"$pantau" bench extraction --scrapinghub "$shared/corpus/extraction-benchmark/scrapinghub-article-extraction-benchmark/ground-truth.json" | tee "$work/en.txt"

python3 - "$here/quality/floors.json" "$work" <<'PY'
import json, re, sys
floors = json.load(open(sys.argv[1]))
work = sys.argv[2]
def mean(path):
    return float(re.search(r"mean_f1: ([0-9.]+)", open(path).read()).group(1))
en = float(re.search(r"^pantau\s+([0-9.]+)", open(work + "/en.txt").read(), re.M).group(1))
ev = json.load(open(work + "/seed-events-score.json"))
cev = json.load(open(work + "/corpus20-score.json"))
tev = json.load(open(work + "/train-score.json"))
def geo(path):
    m = re.search(r"required events: (\d+); place within the gold tolerance: (\d+)", open(path).read())
    return int(m.group(1)), int(m.group(2))
gt, gd = geo(work + "/geo-train.txt"), geo(work + "/geo-dev.txt")
got = {"seeds_clean_f1": mean(work + "/seeds.txt"), "anpandu_html_clean_f1": mean(work + "/html.txt"),
       "scrapinghub_english_f1": en, "seed_events_f1": ev["f1"], "seed_events_strict_f1": ev["strict_f1"],
       "seed_events_fatalities_accuracy": ev["fatalities_accuracy"], "seed_events_claim_recall": ev["claim_recall"],
       "corpus_dev_events_f1": cev["f1"], "corpus_dev_events_strict_f1": cev["strict_f1"],
       "train_events_f1": tev["f1"], "train_events_strict_f1": tev["strict_f1"],
       "train_events_fatalities_accuracy": tev["fatalities_accuracy"], "train_events_claim_recall": tev["claim_recall"],
       "train_events_claimant_recall": tev["claimant_recall"], "corpus_dev_events_claimant_recall": cev["claimant_recall"],
       "geocoding_train_dev_share": (gt[1] + gd[1]) / (gt[0] + gd[0])}
bad = [k for k, v in got.items() if v < floors[k]]
for k, v in got.items():
    print(f"{k}: {v:.3f} (floor {floors[k]})" + ("  BELOW FLOOR" if k in bad else ""))
if bad:
    sys.exit("quality gate FAILED: " + ", ".join(bad))
print("quality gate passed")
PY
