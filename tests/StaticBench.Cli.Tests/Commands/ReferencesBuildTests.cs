using System.Text;
using System.Text.Json.Nodes;
using StaticBench.Schema.Json;
using StaticBench.Schema.Model;
using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Commands;

/// <summary>
/// Issue 18, item 5: other systems' published numbers reach the site. A data branch made with git holds runs of a
/// benchmark at three sizes, this repository's example reference file (matched to that benchmark, and as it is),
/// a hostile one and a broken one; the real staticbench program builds the site.
/// </summary>
public class ReferencesBuildTests : IDisposable
{
    private const string Benchmark = "zk/fibonacci";

    private const string MidenUrl = "https://github.com/0xPolygonMiden/miden-vm/blob/1be3caa5218cfdd2aa64a2aa931ebb28fdb91408/README.md#single-core-prover-performance";

    private static readonly string Example = File.ReadAllText(RepositoryRoot.Combine("data", "references", "miden-vm-v0.7-single-core.json"));

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Published_numbers_are_shown_labelled_and_linked_beside_our_series_and_a_broken_file_is_skipped()
    {
        // Given a data branch with two runs of zk/fibonacci at n = 1024, 4096, 16384, the example reference file twice
        // (as it is, and with its execution times pointed at zk/fibonacci), a reference with markup in its label, and a
        // reference file without a source
        var work = _dir.Combine("data");
        GitProcess.Run("init", "-q", "-b", "main", work);
        Write(work, "results/2026/11/21/r1.json", Run("r1", 1));
        Write(work, "results/2026/11/21/r2.json", Run("r2", 2));
        Write(work, "references/miden-vm-v0.7-single-core.json", Example);
        Write(work, "references/miden-matched.json", Matched(Example, "execution-time"));
        Write(work, "references/hostile.json", Hostile());
        Write(work, "references/broken.json", """{"schema": "staticbench/reference/v1", "source": {}, "results": []}""");
        GitProcess.Run("-C", work, "add", "-A");
        GitProcess.Run("-C", work, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "runs and references");

        // When the site is built by the staticbench program
        var site = _dir.Combine("site");
        var (exit, stdout, stderr) = await CliProcess.RunAsync("build", "--data", work, "--out", site, "--cache", _dir.Combine("cache"));

        // Then the build succeeds; the broken file is skipped, listed with the field, and the references made no series
        exit.ShouldBe(0, stderr);
        stdout.ShouldContain("2 run(s), 1 benchmark(s), 3 series");
        stderr.ShouldContain("skipped references/broken.json: $.source.system");
        File.ReadAllText(Path.Combine(site, "index.html")).ShouldContain("references/broken.json");

        // And the benchmark page cites the matched source, labelled and linked, under its scaling plot and in its section
        var page = File.ReadAllText(Path.Combine(site, "benchmarks", $"{StaticBench.Site.Model.Slug.Of(Benchmark)}.html"));
        var link = $"<a href=\"{MidenUrl}\" rel=\"external noopener\">Miden VM v0.7 (Apple M1 Pro, single thread)</a>";
        page.ShouldContain($"<li>{link}, published 2023-10-11</li>");
        page.ShouldContain("<h2 id=\"published\">Published numbers</h2>");
        page.ShouldContain($"<h3>{link}</h3>");
        page.ShouldContain("<td>fibonacci</td><td>execution-time</td><td class=\"num\">1,048,576 vm-cycles</td><td class=\"num\">310 ms</td>");
        page.ShouldNotContain("proving-time", customMessage: "only the results that name zk/fibonacci are shown on its page");

        // And markup in a source is escaped wherever it is shown
        page.ShouldContain("Evil &lt;script&gt;alert(1)&lt;/script&gt;");
        page.ShouldNotContain("<script>alert(1)");

        // And they are never mixed into our series: the benchmark's data script knows nothing of them
        File.ReadAllText(Path.Combine(site, "data", "bench", $"{StaticBench.Site.Model.Slug.Of(Benchmark)}.js")).ShouldNotContain("Miden");

        // And the references page lists every valid source, the unmatched one included, and not the broken one
        var references = File.ReadAllText(Path.Combine(site, "references.html"));
        references.ShouldContain("references/miden-vm-v0.7-single-core.json");
        references.ShouldContain("references/miden-matched.json");
        references.ShouldContain("<td>fibonacci</td><td>proving-time</td><td class=\"num\">1,048,576 vm-cycles</td><td class=\"num\">47.5 s</td><td></td>");
        references.ShouldNotContain("references/broken.json");
        File.ReadAllText(Path.Combine(site, "index.html")).ShouldContain("href=\"references.html\"");
    }

    /// <summary>The example with <c>ourBenchmark</c> set on the results of <paramref name="metric"/>, compared with our wall time.</summary>
    private static string Matched(string example, string metric)
    {
        var root = JsonNode.Parse(example)!;
        foreach (var result in root["results"]!.AsArray().Where(r => (string)r!["metric"]! == metric))
        {
            result!["ourBenchmark"] = Benchmark;
            result["ourMetric"] = "wall-time";
        }

        return root.ToJsonString();
    }

    private static string Hostile() => $$"""
        {"schema": "staticbench/reference/v1",
         "source": {"system": "Evil <script>alert(1)</script>", "version": "1", "hardware": "a \"quoted\" machine",
                    "url": "https://example.org/bench?a=1&b=<x>", "published": "2024-01-02"},
         "results": [{"benchmark": "fib", "jobSize": 2048, "jobSizeUnit": "n", "metric": "time", "value": 3, "unit": "ms",
                      "better": "lower", "ourBenchmark": "{{Benchmark}}"}]}
        """;

    private static byte[] Run(string id, int commit)
    {
        var builder = new RunResultBuilder(id)
            .AtCommit(RunResultBuilder.Commit(commit), DateTimeOffset.UnixEpoch.AddHours(commit), commit > 1 ? [RunResultBuilder.Commit(commit - 1)] : [])
            .StartedAt(new DateTimeOffset(2026, 11, 21, 10, commit, 0, TimeSpan.Zero));
        foreach (var n in new[] { 1024, 4096, 16384 })
        {
            builder.WithResult(new BenchmarkResult
            {
                Benchmark = Benchmark,
                Parameters = new Dictionary<string, ParameterValue> { ["n"] = ParameterValue.Of(n) },
                Phase = "execute",
                Metric = "wall-time",
                Unit = "ns",
                Better = Better.Lower,
                Samples = [n * 500.0, n * 510.0, n * 505.0],
                Engine = new EngineInfo { Name = "wasmtime", Version = "27.0.0" },
            });
        }

        return ResultJson.Serialize(builder.Build());
    }

    private static void Write(string work, string path, string text) => Write(work, path, Encoding.UTF8.GetBytes(text));

    private static void Write(string work, string path, byte[] bytes)
    {
        var full = Path.Combine(work, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }
}
