# Builds the asv results folder in this directory from asv's documented format (developer docs,
# "Benchmark suite layout and file formats", result format version 2). asv is not packaged for
# Debian and cannot run here; the numbers are pytest-benchmark's real measurements of the same sort
# (../pytest-benchmark/saved.json), put into asv's shape. Commit ids are this repository's first two.
import json, statistics, sys

saved = json.load(open("../pytest-benchmark/saved.json"))
data = {b["name"]: b["stats"]["data"] for b in saved["benchmarks"]}
commits = [(sys.argv[1], int(sys.argv[2]) * 1000), (sys.argv[3], int(sys.argv[4]) * 1000)]

benchmarks = {
    "bench.TimeSort.time_sort": {"name": "bench.TimeSort.time_sort", "type": "time", "unit": "seconds",
                                  "param_names": ["size", "kind"], "params": [["100", "1000"], ["'list'", "'tuple'"]], "version": "1"},
    "bench.time_join": {"name": "bench.time_join", "type": "time", "unit": "seconds", "param_names": [], "params": [], "version": "1"},
    "bench.track_items": {"name": "bench.track_items", "type": "track", "unit": "items", "param_names": [], "params": [], "version": "1"},
    "version": 2,
}
json.dump(benchmarks, open("results/benchmarks.json", "w"), indent=1)
json.dump({"arch": "x86_64", "cpu": "AMD EPYC", "machine": "ci-box", "num_cpu": "2", "os": "Linux 6.1.0", "ram": "24GB", "version": 1},
          open("results/ci-box/machine.json", "w"), indent=1)

columns = ["result", "params", "version", "started_at", "duration", "stats_ci_99_a", "stats_ci_99_b",
           "stats_q_25", "stats_q_75", "stats_number", "stats_repeat", "samples", "profile"]
for n, (commit, date) in enumerate(commits):
    s100 = data["test_sort[100]"][n * 5:(n + 1) * 5]
    s1000 = data["test_sort[1000]"][n * 5:(n + 1) * 5]
    join = data["test_join"][n * 5:(n + 1) * 5]
    # size x kind: (100,'list'), (100,'tuple'), (1000,'list'), (1000,'tuple'): 'tuple' failed (null) in the
    # first commit and was skipped by the suite (NaN) in the second.
    missing = None if n == 0 else float("nan")
    results = {
        "bench.TimeSort.time_sort": [
            [statistics.median(s100), missing, statistics.median(s1000), missing],
            [["100", "1000"], ["'list'", "'tuple'"]], "1", date + 60000, 1.5,
            [float("-inf")] * 4, [float("inf")] * 4, None, None, [1] * 4, [5] * 4,
            [s100, None, s1000, None]],
        "bench.time_join": [[statistics.median(join)], [], "1", date + 61000, 0.5],
        "bench.track_items": [[200], [], "1", date + 62000],
    }
    doc = {"commit_hash": commit, "env_name": "virtualenv-py3.11", "date": date,
           "params": {"arch": "x86_64", "machine": "ci-box", "python": "3.11"}, "python": "3.11",
           "requirements": {}, "env_vars": {}, "result_columns": columns, "results": results, "durations": {}, "version": 2}
    json.dump(doc, open(f"results/ci-box/{commit[:8]}-virtualenv-py3.11.json", "w"))  # allow_nan: as asv writes
