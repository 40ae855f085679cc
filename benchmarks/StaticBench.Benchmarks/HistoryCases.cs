using StaticBench.Store.History;
using StaticBench.Testing;

namespace StaticBench.Benchmarks;

/// <summary>
/// Reading a data repository's history: everything from scratch, against a rebuild after one new
/// result with the incremental cache. The claim to check: the second costs a small fraction of the first.
/// </summary>
public sealed class HistoryCases : IDisposable
{
    private readonly ScriptedDataRepository _data = new();
    private readonly TempDirectory _scratch = new("staticbench-bench-");
    private readonly int _commits;
    private int _extra;

    public HistoryCases(int commits)
    {
        _commits = commits;
        for (var i = 0; i < commits; i++)
        {
            var run = new RunResultBuilder($"run-{i}")
                .AtCommit(RunResultBuilder.Commit(i + 1), DateTimeOffset.UnixEpoch.AddHours(i), i == 0 ? [] : [RunResultBuilder.Commit(i)])
                .WithResult("sort/quick", "compile", 1000 + i, 1010 + i, 990 + i)
                .WithResult("sort/quick", "execute", 5000, 5100, 4900)
                .Build();
            _data.Commit($"record run-{i}", ($"results/2026/11/{1 + (i % 28):00}/run-{i}.json", run));
        }
    }

    public IEnumerable<Sampler.Case> Cases()
    {
        var parameters = new Dictionary<string, double> { ["commits"] = _commits };
        var cacheFile = Path.Combine(_scratch.Path, "history.json");
        yield return new Sampler.Case("history/full-read", parameters, () => { }, () => Read(null));
        yield return new Sampler.Case(
            "history/incremental-read",
            parameters,
            Setup: () =>
            {
                // A warm cache, then one new result recorded after it.
                Read(cacheFile);
                _data.Commit("one more", ($"results/2026/12/01/extra-{_extra}.json", new RunResultBuilder($"extra-{_extra++}").Build()));
            },
            Body: () => Read(cacheFile));
    }

    private void Read(string? cacheFile)
    {
        var report = HistoryReader.Read(_data.Path, new HistoryOptions(CacheFile: cacheFile));
        if (report.Snapshot.Runs.Count < _commits)
        {
            throw new InvalidOperationException("history read lost runs");
        }
    }

    public void Dispose()
    {
        _data.Dispose();
        _scratch.Dispose();
    }
}
