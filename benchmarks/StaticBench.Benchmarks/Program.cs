using StaticBench.Benchmarks;
using StaticBench.Schema;
using StaticBench.Schema.Json;
using StaticBench.Schema.Model;
using StaticBench.Store.Git;

// StaticBench measuring itself. Writes one result file (format v1) for this repository's data/:
//   dotnet run -c Release --project benchmarks/StaticBench.Benchmarks -- --output run.json
//   staticbench record --data . --path data run.json
var output = Arg("--output") ?? "staticbench-self.json";
var samples = int.Parse(Arg("--samples") ?? "15", System.Globalization.CultureInfo.InvariantCulture);
var commits = int.Parse(Arg("--commits") ?? "1000", System.Globalization.CultureInfo.InvariantCulture);
var started = DateTimeOffset.UtcNow;

Console.Error.WriteLine($"setting up a data repository of {commits} commits...");
using var history = new HistoryCases(commits);
var cases = history.Cases().Concat(SiteCases.Create(commits)).Concat(SeriesCases.Create()).ToArray();
var measured = new Sampler(warmup: 2, samples).Run(cases, Console.Error);

var project = ProjectCommits.Describe(AppContext.BaseDirectory);
// The same machine description as staticbench run records (CPU, cores, memory, kernel, tool versions).
var machine = await StaticBench.Runner.Measures.MachineProbe.DescribeAsync(Environment.GetEnvironmentVariable("STATICBENCH_MACHINE"), StaticBench.Runner.Processes.ProcessRunner.Trusted);
var run = new RunResult
{
    Schema = SchemaVersion.Current,
    Run = new RunInfo
    {
        Id = $"{started:yyyyMMdd'T'HHmmss'Z'}-{machine.Name}-{project.Commit[..12]}-self",
        Started = started,
        Finished = DateTimeOffset.UtcNow,
        Machine = machine,
        Harness = new HarnessInfo { Name = "staticbench-self", Version = typeof(SchemaVersion).Assembly.GetName().Version!.ToString(3) },
        Project = project,
    },
    Results = measured.SelectMany(ToResults).ToArray(),
};
File.WriteAllBytes(output, ResultJson.Serialize(run));
foreach (var m in measured)
{
    Console.Error.WriteLine($"{m.Case.Benchmark,-28} median {Median(m.WallNs) / 1e6,10:F2} ms   allocated {Median(m.AllocatedBytes) / 1048576,8:F1} MiB");
}

Console.Error.WriteLine($"wrote {output}");
return 0;

static IEnumerable<BenchmarkResult> ToResults(Sampler.Measured m)
{
    var parameters = m.Case.Parameters.ToDictionary(p => p.Key, p => ParameterValue.Of(p.Value));
    var engine = new EngineInfo { Name = "dotnet", Version = Environment.Version.ToString(), Config = "release" };
    yield return new BenchmarkResult
    {
        Benchmark = m.Case.Benchmark, Parameters = parameters, Engine = engine, Phase = "total",
        Metric = "wall-time", Unit = "ns", Better = Better.Lower, Samples = m.WallNs,
    };
    yield return new BenchmarkResult
    {
        Benchmark = m.Case.Benchmark, Parameters = parameters, Engine = engine, Phase = "total",
        Metric = "allocated", Unit = "bytes", Better = Better.Lower, Samples = m.AllocatedBytes,
    };
}

static double Median(double[] values) => SampleSummary.Of(values).Median;

string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
