using StaticBench.Schema.Model;
using StaticBench.Site.Data;
using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary>
/// <c>data/samples/&lt;sha&gt;.js</c>: the raw samples of every series at one commit (every run there pooled,
/// branches and pull requests included, as <c>staticbench compare</c> pools them), for the compare view's
/// tests. Only commits marked <see cref="CommitRow.HasSamples"/> get one, so the site stays small on long histories.
/// A shard whose samples did not change is kept as the last build wrote it (<see cref="OutputMemo"/>): one new run
/// adds one shard and leaves the other 249 alone.
/// </summary>
public sealed class SampleShards(OutputMemo? memo = null) : ISitePage
{
    public string Name => "samples";

    /// <summary>The shard of commit <paramref name="sha"/>.</summary>
    public static string PathOf(string sha) => $"data/samples/{sha}.js";

    public void Render(SiteModel site, ISiteOutput output)
    {
        var shards = Collect(site);
        var memory = memo ?? new OutputMemo();
        Parallel.ForEach(shards, pair =>
        {
            var path = PathOf(pair.Key);
            memory.Write(output, path, ContentKey(pair.Key, pair.Value), () =>
                ScriptData.Encode(ScriptData.KeyOf(path), new SamplesScript(pair.Key, pair.Value.ToDictionary(s => s.Series, s => s.Samples.ToArray(), StringComparer.Ordinal)), SiteJsonContext.Default.SamplesScript));
        });
    }

    /// <summary>
    /// Each sampled commit's series, in ordinal order of their ids, with their pooled samples. Read from the runs at
    /// those commits, not from every series' observations: at 200 × 3,000 the observations are 600,000 objects and
    /// the wanted runs' results 50,000. Runs come newest first, the order a series' observations keep, so each
    /// series' samples are pooled in the same order.
    /// </summary>
    private static Dictionary<string, (string Series, List<double> Samples)[]> Collect(SiteModel site)
    {
        var wanted = site.Commits.Where(c => c.HasSamples).Select(c => c.Sha).ToHashSet(StringComparer.Ordinal);
        var seriesByKey = site.SeriesSet.Series.ToDictionary(s => s.Key);
        var byCommit = new Dictionary<string, Dictionary<string, List<double>>>(StringComparer.Ordinal);
        foreach (var recorded in site.SeriesSet.RunsNewestFirst)
        {
            var info = recorded.Run.Run;
            var commit = info.Project.Commit;
            if (!wanted.Contains(commit))
            {
                continue;
            }

            // Results are read as columns where the run holds them: a result made whole copies its samples.
            var results = recorded.Run.Results;
            for (var position = 0; position < results.Count; position++)
            {
                var header = ResultColumns.HeaderOf(results, position);
                var series = seriesByKey[SeriesKey.Of(info.Machine.Name, header)];
                if (header.Unit != series.Unit)
                {
                    continue;
                }

                var shard = byCommit.TryGetValue(commit, out var found) ? found : byCommit[commit] = new Dictionary<string, List<double>>(StringComparer.Ordinal);
                var samples = shard.TryGetValue(series.Id, out var pooled) ? pooled : shard[series.Id] = [];
                samples.AddRange(ResultColumns.SamplesOf(results, position));
            }
        }

        // Sorted once per shard, not kept sorted per result.
        return byCommit.ToDictionary(
            c => c.Key,
            c => c.Value.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value)).ToArray(),
            StringComparer.Ordinal);
    }

    /// <summary>A key of everything a shard holds: hashing the samples costs a fraction of writing them as JSON.</summary>
    private static string ContentKey(string sha, (string Series, List<double> Samples)[] shard)
    {
        var key = new ContentKeyWriter("samples").Add(sha);
        foreach (var (series, samples) in shard)
        {
            key.Add(series).Add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(samples));
        }

        return key.Finish();
    }
}
