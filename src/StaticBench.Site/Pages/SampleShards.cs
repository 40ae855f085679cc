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
    /// Each sampled commit's series and their pooled samples, in ordinal order of the series id. A result is matched to
    /// its shard through its run (a few hundred runs), not its commit string (every one of the history's results), and
    /// the series are visited in id order, so each shard's list comes out sorted without a sorted map.
    /// </summary>
    private static Dictionary<string, List<(string Series, List<double> Samples)>> Collect(SiteModel site)
    {
        var byCommit = new Dictionary<string, List<(string Series, List<double> Samples)>>(StringComparer.Ordinal);
        foreach (var commit in site.Commits)
        {
            if (commit.HasSamples)
            {
                byCommit[commit.Sha] = [];
            }
        }

        var shardOfRun = new Dictionary<Schema.Model.RunInfo, List<(string Series, List<double> Samples)>>(ReferenceEqualityComparer.Instance);
        foreach (var recorded in site.SeriesSet.RunsNewestFirst)
        {
            if (byCommit.TryGetValue(recorded.Run.Run.Project.Commit, out var shard))
            {
                shardOfRun[recorded.Run.Run] = shard;
            }
        }

        foreach (var series in site.SeriesSet.Series.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            foreach (var observation in series.Observations)
            {
                if (observation.Result.Unit != series.Unit || !shardOfRun.TryGetValue(observation.Run, out var shard))
                {
                    continue;
                }

                // Runs at one commit pool into one entry: this series' entry is the shard's last one if it has one.
                if (shard.Count == 0 || !ReferenceEquals(shard[^1].Series, series.Id))
                {
                    shard.Add((series.Id, []));
                }

                shard[^1].Samples.AddRange(observation.Result.Samples);
            }
        }

        // A sampled commit where no series has a result in its own unit gets no file.
        foreach (var (sha, shard) in byCommit)
        {
            if (shard.Count == 0)
            {
                byCommit.Remove(sha);
            }
        }

        return byCommit;
    }

    /// <summary>A key of everything a shard holds: hashing the samples costs a fraction of writing them as JSON.</summary>
    private static string ContentKey(string sha, List<(string Series, List<double> Samples)> shard)
    {
        var key = new ContentKeyWriter("samples").Add(sha);
        foreach (var (series, samples) in shard)
        {
            key.Add(series).Add(samples.Count);
            foreach (var sample in samples)
            {
                key.Add(sample);
            }
        }

        return key.Finish();
    }
}
