using StaticBench.Site.Data;
using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary>
/// <c>data/samples/&lt;sha&gt;.js</c>: the raw samples of every series at one commit (every run there pooled,
/// branches and pull requests included, as <c>staticbench compare</c> pools them), for the compare view's
/// tests. Only commits marked <see cref="CommitRow.HasSamples"/> get one, so the site stays small on long histories.
/// </summary>
public sealed class SampleShards : ISitePage
{
    public string Name => "samples";

    /// <summary>The shard of commit <paramref name="sha"/>.</summary>
    public static string PathOf(string sha) => $"data/samples/{sha}.js";

    public void Render(SiteModel site, ISiteOutput output)
    {
        var wanted = site.Commits.Where(c => c.HasSamples).Select(c => c.Sha).ToHashSet(StringComparer.Ordinal);
        var byCommit = new Dictionary<string, SortedDictionary<string, List<double>>>(StringComparer.Ordinal);
        foreach (var series in site.SeriesSet.Series)
        {
            foreach (var observation in series.Observations)
            {
                var commit = observation.Run.Project.Commit;
                if (!wanted.Contains(commit) || observation.Result.Unit != series.Unit)
                {
                    continue;
                }

                var shard = byCommit.TryGetValue(commit, out var found) ? found : byCommit[commit] = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
                (shard.TryGetValue(series.Id, out var samples) ? samples : shard[series.Id] = []).AddRange(observation.Result.Samples);
            }
        }

        Parallel.ForEach(byCommit, pair =>
        {
            var path = PathOf(pair.Key);
            var value = new SamplesScript(pair.Key, pair.Value.ToDictionary(s => s.Key, s => s.Value.ToArray(), StringComparer.Ordinal));
            ScriptData.Write(output, path, ScriptData.KeyOf(path), value, SiteJsonContext.Default.SamplesScript);
        });
    }
}
