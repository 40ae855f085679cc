window.StaticBenchData = window.StaticBenchData || {};
window.StaticBenchData["commits"] = {
 "commits": [
  {
   "sha": "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1",
   "time": "2026-11-19T10:00:00+00:00",
   "subject": "Older commit",
   "branch": "main",
   "pr": null,
   "base": null,
   "parent": null,
   "samples": true
  },
  {
   "sha": "b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2",
   "time": "2026-11-20T10:00:00+00:00",
   "subject": "Unpublished samples",
   "branch": "main",
   "pr": null,
   "base": null,
   "parent": "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1",
   "samples": false
  },
  {
   "sha": "c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3",
   "time": "2026-11-21T10:00:00+00:00",
   "subject": "Speed up quicksort <script>alert(1)</script>",
   "branch": "main",
   "pr": null,
   "base": null,
   "parent": "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1",
   "samples": true
  },
  {
   "sha": "d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4",
   "time": "2026-11-21T12:00:00+00:00",
   "subject": "PR: slower JSON",
   "branch": "json",
   "pr": 42,
   "base": "c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3",
   "parent": null,
   "samples": true
  }
 ],
 "tip": "c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3"
};
