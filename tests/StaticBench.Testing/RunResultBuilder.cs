using StaticBench.Schema;
using StaticBench.Schema.Model;

namespace StaticBench.Testing;

/// <summary>
/// Builds valid <see cref="RunResult"/>s with readable defaults, so a test states only what it is about:
/// <c>new RunResultBuilder("run-1").AtCommit(c).WithResult("sort/quick", "compile", 1200, 1210).Build()</c>.
/// </summary>
public sealed class RunResultBuilder(string runId)
{
    private static readonly DateTimeOffset Epoch = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    private readonly List<BenchmarkResult> _results = [];
    private string _machine = "x86-bench-1";
    private string _commit = new('a', 40);
    private string[] _parents = [];
    private DateTimeOffset _started = Epoch;
    private DateTimeOffset _commitTime = Epoch.AddHours(-1);
    private string _subject = "Make things faster";
    private string _branch = "main";
    private string _repository = "https://github.com/example/engine";

    public RunResultBuilder OnMachine(string machine)
    {
        _machine = machine;
        return this;
    }

    /// <summary>The measured project commit, its parents and when it was made.</summary>
    public RunResultBuilder AtCommit(string commit, DateTimeOffset? commitTime = null, params string[] parents)
    {
        _commit = commit;
        _parents = parents;
        _commitTime = commitTime ?? _commitTime;
        return this;
    }

    public RunResultBuilder WithSubject(string subject)
    {
        _subject = subject;
        return this;
    }

    public RunResultBuilder OnBranch(string branch, string? repository = null)
    {
        _branch = branch;
        _repository = repository ?? _repository;
        return this;
    }

    public RunResultBuilder StartedAt(DateTimeOffset started)
    {
        _started = started;
        return this;
    }

    /// <summary>Adds a wall-time result in ns.</summary>
    public RunResultBuilder WithResult(string benchmark, string phase, params double[] samples) =>
        WithResult(new BenchmarkResult
        {
            Benchmark = benchmark,
            Phase = phase,
            Metric = "wall-time",
            Unit = "ns",
            Better = Better.Lower,
            Samples = samples,
            Engine = new EngineInfo { Name = "v8", Version = "11.3.244.8", Config = "optimizing" },
        });

    public RunResultBuilder WithResult(BenchmarkResult result)
    {
        _results.Add(result);
        return this;
    }

    public RunResult Build() => new()
    {
        Schema = SchemaVersion.Current,
        Run = new RunInfo
        {
            Id = runId,
            Started = _started,
            Finished = _started.AddMinutes(4),
            Machine = new MachineInfo { Name = _machine, Os = "linux", Arch = "x86_64", Cpu = "Test CPU", Cores = 2, MemoryMiB = 24000 },
            Harness = new HarnessInfo { Name = "staticbench", Version = "0.1.0" },
            Project = new ProjectInfo
            {
                Repository = _repository,
                Commit = _commit,
                Branch = _branch,
                CommitTime = _commitTime,
                Subject = _subject,
                Parents = _parents,
            },
        },
        Results = _results.Count > 0 ? _results.ToArray() : [SampleResult()],
    };

    /// <summary>A 40-hex commit id derived from a small number, for readable scripted histories.</summary>
    public static string Commit(int n) => n.ToString("x").PadLeft(40, '0');

    private static BenchmarkResult SampleResult() => new()
    {
        Benchmark = "suite/fib",
        Phase = "execute",
        Metric = "wall-time",
        Unit = "ns",
        Better = Better.Lower,
        Samples = [1000, 1010, 990],
    };
}
