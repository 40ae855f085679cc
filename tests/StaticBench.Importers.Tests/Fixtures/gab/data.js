window.BENCHMARK_DATA = {
  "lastUpdate": 1573312301293,
  "repoUrl": "https://github.com/example/project",
  "entries": {
    "Rust Benchmark": [
      {
        "commit": {
          "author": { "email": "dev@example.org", "name": "dev", "username": "dev" },
          "committer": { "email": "dev@example.org", "name": "dev", "username": "dev" },
          "distinct": true,
          "id": "45d78258e495044a551046f50604da3c893052ce",
          "message": "add benchmark.js example workflow",
          "timestamp": "2019-11-10T00:06:58+09:00",
          "tree_id": "59cf1e78101c09beef06aa1832e1caa09ec52246",
          "url": "https://github.com/example/project/commit/45d78258e495044a551046f50604da3c893052ce"
        },
        "date": 1573312140323,
        "tool": "cargo",
        "benches": [
          { "name": "bench_fib_10", "value": 254, "range": "+/- 35", "unit": "ns/iter" },
          { "name": "bench_fib_20", "value": 34001, "range": "+/- 2,802", "unit": "ns/iter" }
        ]
      },
      {
        "commit": {
          "author": { "email": "dev@example.org", "name": "dev", "username": "dev" },
          "committer": { "email": "dev@example.org", "name": "dev", "username": "dev" },
          "distinct": true,
          "id": "b840614fd88743f234aac0dc747a0a70616f450f",
          "message": "second commit\n\nwith a body",
          "timestamp": "2019-11-10T00:10:02+09:00",
          "tree_id": "6099d0c81edd50c38c15007ca5c08740b049c944",
          "url": "https://github.com/example/project/commit/b840614fd88743f234aac0dc747a0a70616f450f"
        },
        "date": 1573312301293,
        "tool": "cargo",
        "benches": [
          { "name": "bench_fib_10", "value": 255, "range": 32, "unit": "ns/iter" },
          { "name": "bench_fib_20", "value": 34058, "range": 3820, "unit": "ns/iter" }
        ]
      }
    ],
    "Custom Benchmark": [
      {
        "commit": {
          "author": { "email": "dev@example.org", "name": "dev", "username": "dev" },
          "committer": { "email": "dev@example.org", "name": "dev", "username": "dev" },
          "distinct": true,
          "id": "b840614fd88743f234aac0dc747a0a70616f450f",
          "message": "second commit\n\nwith a body",
          "timestamp": "2019-11-10T00:10:02+09:00",
          "url": "https://github.com/example/project/commit/b840614fd88743f234aac0dc747a0a70616f450f"
        },
        "date": 1573312400000,
        "tool": "customBiggerIsBetter",
        "benches": [
          { "name": "My Custom Smaller Is Better Benchmark - CPU Load", "value": 50, "unit": "Percent" },
          { "name": "My Custom Smaller Is Better Benchmark - Memory Used", "value": 100, "unit": "Megabytes", "range": "3",
            "extra": "Value for Tooltip: 25\nOptional Num #2: 100\nAnything Else!" }
        ]
      }
    ]
  }
}
