using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;
using StaticBench.Site.Data;
using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary>
/// <c>data/samples/&lt;sha&gt;.js</c>: the raw samples of every series at one commit (every run there pooled,
/// branches and pull requests included, as <c>staticbench compare</c> pools them), for the compare view's
/// tests. Only commits marked <see cref="CommitRow.HasSamples"/> get one, so the site stays small on long histories.
/// A shard whose runs did not change is kept as the last build wrote it (<see cref="OutputMemo"/>): one new run
/// adds one shard and leaves the other 249 alone, without their samples being read.
/// </summary>
public sealed class SampleShards(OutputMemo? memo = null) : ISitePage
{
    public string Name => "samples";

    /// <summary>The shard of commit <paramref name="sha"/>.</summary>
    public static string PathOf(string sha) => $"data/samples/{sha}.js";

    public void Render(SiteModel site, ISiteOutput output)
    {
        var shards = RunsBySampledCommit(site);
        var units = UnitsKey(site.SeriesSet.Series);
        var seriesByKey = new Lazy<Dictionary<SeriesKey, BenchmarkSeries>>(() => site.SeriesSet.Series.ToDictionary(s => s.Key));
        var memory = memo ?? new OutputMemo();
        Parallel.ForEach(shards, pair =>
        {
            var path = PathOf(pair.Key);
            memory.Write(output, path, ContentKey(pair.Key, pair.Value, units), () =>
            {
                var samples = Collect(pair.Value, seriesByKey.Value);
                return ScriptData.Encode(ScriptData.KeyOf(path), new SamplesScript(pair.Key, samples), SiteJsonContext.Default.SamplesScript);
            });
        });
    }

    /// <summary>The runs at each sampled commit, newest first: the order a series' observations keep, so each series' samples are pooled in the same order.</summary>
    private static IEnumerable<KeyValuePair<string, List<RecordedRun>>> RunsBySampledCommit(SiteModel site)
    {
        var byCommit = site.Commits.Where(c => c.HasSamples).ToDictionary(c => c.Sha, _ => new List<RecordedRun>(), StringComparer.Ordinal);
        foreach (var recorded in site.SeriesSet.RunsNewestFirst)
        {
            if (byCommit.TryGetValue(recorded.Run.Run.Project.Commit, out var runs))
            {
                runs.Add(recorded);
            }
        }

        return byCommit.Where(c => c.Value.Count > 0);
    }

    /// <summary>
    /// Each series of the runs at one commit, in ordinal order of their ids, with their pooled samples: results in a unit
    /// other than their series' are left out. Read from those runs, not from every series' observations: at 200 × 3,000
    /// the observations are 600,000 objects and one commit's results 200.
    /// </summary>
    private static Dictionary<string, double[]> Collect(List<RecordedRun> runs, Dictionary<SeriesKey, BenchmarkSeries> seriesByKey)
    {
        var pooled = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var recorded in runs)
        {
            // Results are read as columns where the run holds them: a result made whole copies its samples.
            var info = recorded.Run.Run;
            var results = recorded.Run.Results;
            for (var position = 0; position < results.Count; position++)
            {
                var header = ResultColumns.HeaderOf(results, position);
                var series = seriesByKey[SeriesKey.Of(info.Machine.Name, header)];
                if (header.Unit != series.Unit)
                {
                    continue;
                }

                var samples = pooled.TryGetValue(series.Id, out var found) ? found : pooled[series.Id] = [];
                samples.AddRange(ResultColumns.SamplesOf(results, position));
            }
        }

        // Sorted once per shard, not kept sorted per result.
        return pooled.OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary(s => s.Key, s => s.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// A key of every series' unit, which decides the results a shard leaves out. It changes when a series comes, goes
    /// or changes its unit, and then every shard is made again.
    /// </summary>
    private static string UnitsKey(IReadOnlyList<BenchmarkSeries> series)
    {
        var key = new ContentKeyWriter("sample units");
        foreach (var s in series)
        {
            key.Add(s.Id).Add(s.Unit);
        }

        return key.Finish();
    }

    /// <summary>
    /// A key of what a shard is made from without reading its samples: its commit, the files of its runs in order (a
    /// path and the data commit that added it name one file's content: a file changed or put back is another data
    /// commit) and the series' units. The code's identity is in every key (<see cref="ContentKeyWriter"/>), so a change to
    /// how runs are read or shards are written makes them all again.
    /// </summary>
    private static string ContentKey(string sha, List<RecordedRun> runs, string units)
    {
        var key = new ContentKeyWriter("samples").Add(sha).Add(units).Add(runs.Count);
        foreach (var run in runs)
        {
            key.Add(run.Path).Add(run.DataCommit);
        }

        return key.Finish();
    }
}
