using StaticBench.Schema.References;
using StaticBench.Schema.Model;
using StaticBench.Testing;

namespace StaticBench.Site.Tests.Support;

/// <summary>A snapshot in which every string that reaches a page tries to break out of its context.</summary>
public static class HostileSnapshot
{
    public const string ScriptName = "<script>alert(1)</script>";
    /// <summary>A name that ends a script element if it lands in one unescaped (issue 12).</summary>
    public const string ScriptEnd = "</script><script>alert(1)</script>";

    public const string Subject = "'\"&</svg></title><script>alert(2)</script>";
    public const string Machine = "<b onmouseover=alert(3)>m</b>";

    public static readonly string[] Benchmarks = [ScriptName, ScriptEnd, "../../etc/passwd", "\"><img src=x onerror=alert(4)>"];

    public static DataSnapshot Create()
    {
        var runs = new List<RecordedRun>();
        for (var n = 1; n <= 3; n++)
        {
            var builder = new RunResultBuilder($"run-{n}&x")
                .OnMachine(Machine)
                .AtCommit(Snapshots.Sha(n), Snapshots.T0.AddHours(n), n > 1 ? [Snapshots.Sha(n - 1)] : [])
                .StartedAt(Snapshots.T0.AddHours(n))
                .WithSubject(Subject)
                .OnBranch(n == 3 ? "<iframe src=javascript:alert(5)>" : "main", n == 2 ? "JaVaScRiPt:alert(6)//" : "javascript:alert(7)//");
            foreach (var benchmark in Benchmarks)
            {
                builder.WithResult(Result(benchmark, "</title><script>alert(8)</script>", 1000 * n));
                builder.WithResult(Result(benchmark, "v8\" onload=\"alert(9)", 1100 * n));
            }

            runs.Add(Snapshots.Recorded(builder.Build(), n));
        }

        return new DataSnapshot
        {
            DataCommit = "<script>alert(10)</script>",
            Runs = runs,
            Documents =
            [
                new DataDocument("about.md", """
                    # <script>alert(11)</script> About {onclick="alert(12)"}

                    <img src=x onerror=alert(13)> <b>bold?</b>

                    [click](javascript:alert(14)) [click2](JAVASCRIPT:alert(15)) <javascript:alert(16)>
                    ![pic](javascript:alert(17)) [data](data:text/html;base64,PHNjcmlwdD4=)

                    <script>alert(18)</script>
                    """),
                new DataDocument("notes/<i>x</i>.md", "plain note"),
                new DataDocument("../../outside.md", "must not be written"),
            ],
            Skipped = [new SkippedFile("results/<script>alert(19)</script>.json", "\"'><img src=x onerror=alert(20)>")],
            References =
            [
                Reference("references/<b>x</b>.json", "https://example.org/\"><script>alert(23)</script>"),
                Reference("references/js.json", "javascript:alert(24)"),
            ],
        };
    }

    /// <summary>A reference file whose every text is markup, shown with <see cref="ScriptName"/> (the reader would refuse <paramref name="url"/> unless http(s); the site must not rely on it).</summary>
    private static DataReference Reference(string path, string url) => new(path, new ReferenceSet
    {
        Schema = ReferenceVersion.Current,
        Source = new ReferenceSource
        {
            System = "<script>alert(25)</script>", Version = "<i>v1</i>", Hardware = "\" onmouseover=\"alert(26)", Url = url,
            Published = "<b>2024</b>", Publisher = "<img src=x onerror=alert(27)>", Notes = "<script>alert(28)</script>",
        },
        Results =
        [
            new ReferenceResult
            {
                Benchmark = "<script>alert(29)</script>", JobSize = 1024, JobSizeUnit = "<i>cycles</i>", Metric = "<b>time</b>", Value = 5,
                Unit = "ns", Better = Better.Lower, OurBenchmark = ScriptName,
            },
        ],
    });

    private static BenchmarkResult Result(string benchmark, string engine, double value) => new()
    {
        Benchmark = benchmark,
        Parameters = new Dictionary<string, ParameterValue> { ["size"] = ParameterValue.Of("</svg><img src=x onerror=alert(21)>") },
        Engine = new EngineInfo { Name = engine, Version = "<i>1</i>", Flags = "--x=\"<svg onload=alert(22)>\"" },
        Phase = "<i>execute</i>",
        Metric = "wall-time",
        Unit = "ns",
        Better = Better.Lower,
        Samples = [value, value * 1.1],
    };
}
