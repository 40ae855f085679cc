using System.Text.RegularExpressions;
using StaticBench.Analysis.Comparisons;
using StaticBench.GitHub.Bot;
using StaticBench.GitHub.Client;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Running;
using StaticBench.Runner.Suite;
using StaticBench.Schema.Json;
using StaticBench.Schema.Model;
using StaticBench.Store.Git;
using StaticBench.Store.Recording;

namespace StaticBench.Cli.Bot;

/// <summary>
/// The real <see cref="IRunExecutor"/>: check out the merge base and the pull request's head (Store),
/// build each in the sandbox, benchmark both in ONE runner run (engines <c>x@base</c>, <c>x@head</c>
/// interleaved sample by sample on this machine), split that run into a base and a head result file
/// (<see cref="BaseHeadSplit"/>), record both in one commit, compare them and render the comment.
/// Run ids are fixed per job and side, and recording keeps what a killed earlier attempt already
/// recorded, so a restart mid-run never adds a second pair of results.
/// </summary>
public sealed partial class RunnerExecutor(BotConfig config, Func<CancellationToken, Task<SandboxPolicy>>? detectSandbox = null) : IRunExecutor
{
    public const string Base = "base";
    public const string Head = "head";

    private readonly Func<CancellationToken, Task<SandboxPolicy>> _detectSandbox = detectSandbox ?? SandboxDetector.DetectAsync;

    public async Task<RunOutcome> ExecuteAsync(BotJob job, PullRequest pullRequest, string mergeBase, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(config.WorkFolder, "jobs", job.Id);
        var mirrors = Path.Combine(config.WorkFolder, "mirrors");
        var url = config.Project.CloneUrlOf(job.Repository);
        string[] refSpecs =
        [
            $"+refs/pull/{pullRequest.Number}/head:refs/staticbench/pull/{pullRequest.Number}",
            $"+refs/heads/{pullRequest.Base.Ref}:refs/remotes/origin/{pullRequest.Base.Ref}",
        ];
        var baseProject = ProjectCheckout.Materialize(url, refSpecs, mergeBase, Path.Combine(folder, Base), pullRequest.Base.Ref, mirrors);
        var headProject = ProjectCheckout.Materialize(url, refSpecs, pullRequest.Head.Sha, Path.Combine(folder, Head), $"pull/{pullRequest.Number}", mirrors)
            with { PullRequest = pullRequest.Number, BaseCommit = mergeBase };

        var policy = await _detectSandbox(cancellationToken);
        if (!policy.IsSandboxed && !config.AllowUnsandboxed)
        {
            throw new InvalidOperationException($"refusing to run a pull request's code unsandboxed on {config.Machine} ({policy.Note}); set allowUnsandboxed in the bot config only on a throwaway machine");
        }

        var sandbox = new ProcessRunner(policy);
        await ProjectBuild.RunAsync(config.Project, Base, Path.Combine(folder, Base), sandbox, cancellationToken);
        await ProjectBuild.RunAsync(config.Project, Head, Path.Combine(folder, Head), sandbox, cancellationToken);

        var templates = Templates(job.Request);
        var registry = EngineRegistry.Default.Map(_ => null);
        foreach (var template in templates)
        {
            registry = registry
                .With(SideEngine.Create(template, Base, Path.Combine(folder, Base)), before: null)
                .With(SideEngine.Create(template, Head, Path.Combine(folder, Head)), before: null);
        }

        var sizes = job.Request.Sizes.Count > 0 ? job.Request.Sizes : config.Project.Sizes;
        var options = new RunOptions
        {
            Suite = config.Project.Suite,
            Cache = Path.Combine(config.WorkFolder, "suites"),
            Benchmarks = job.Request.Benchmarks,
            Engines = [.. registry.Engines.Select(e => e.Name)],
            Phases = job.Request.Phases,
            Sizes = sizes.Count > 0 ? [.. sizes.Select(SizeRequest.Parse)] : null,
            Samples = job.Request.Samples ?? config.Project.Samples,
            Warmup = config.Project.Warmup,
            TimeLimit = config.Project.TimeLimit,
            Machine = config.Machine,
            Project = headProject,
        };
        var report = await new BenchmarkRun(registry, ProcessRunner.Trusted, sandbox).RunAsync(options, null, null, cancellationToken);
        if (report.Result is not { } run)
        {
            throw new InvalidOperationException("nothing was measured: " + (report.Errors.Count > 0 ? string.Join("; ", report.Errors.Take(3)) : string.Join("; ", report.Notes)));
        }

        var baseRun = BaseHeadSplit.Take(run, new RunSide(Base, RunId(job, Base), baseProject));
        var headRun = BaseHeadSplit.Take(run, new RunSide(Head, RunId(job, Head), headProject));
        Record(folder, baseRun, headRun);

        var comparison = ComparisonSet.Compare(
            new ComparisonSide($"merge base {CommitId.Short(mergeBase)}", [baseRun]),
            new ComparisonSide($"#{pullRequest.Number} head {CommitId.Short(pullRequest.Head.Sha)}", [headRun]),
            new ComparisonOptions { Threshold = config.Threshold });
        var regressed = comparison.WorstRegression > config.FailOnRegression;
        var summary = $"{comparison.Count(Verdict.Regression)} regression(s), {comparison.Count(Verdict.Improvement)} improvement(s)" +
            (comparison.WorstRegression > 0 ? $", worst +{comparison.WorstRegression * 100:0.#}%" : "") +
            (report.Errors.Count > 0 ? $", {report.Errors.Count} failed" : "");
        return new RunOutcome(ComparisonMarkdown.Render(comparison) + NoiseNote.For(comparison, report.Errors), summary, regressed);
    }

    /// <summary><c>bot-&lt;job&gt;-&lt;machine&gt;-&lt;side&gt;</c>: the same on every attempt of a job, so a retry records nothing new.</summary>
    public string RunId(BotJob job, string side)
    {
        var id = Unsafe().Replace($"bot-{job.Id}-{config.Machine}-{side}", "-");
        return id.Length <= 128 ? id : id[..(127 - side.Length)] + "-" + side;
    }

    /// <summary>The templates asked for by <c>--engine</c> (a template's name), else all of them.</summary>
    private IReadOnlyList<Runner.Engines.Configured.ConfiguredEngineSpec> Templates(BenchRequest request)
    {
        if (request.Engines.Count == 0)
        {
            return config.Engines;
        }

        var unknown = request.Engines.Where(n => !config.Engines.Any(e => string.Equals(e.Name, n, StringComparison.OrdinalIgnoreCase))).ToArray();
        return unknown.Length == 0
            ? [.. config.Engines.Where(e => request.Engines.Contains(e.Name, StringComparer.OrdinalIgnoreCase))]
            : throw new InvalidOperationException($"unknown engine {string.Join(", ", unknown)}; {config.Machine} benchmarks: {string.Join(", ", config.Engines.Select(e => e.Name))}");
    }

    private void Record(string folder, RunResult baseRun, RunResult headRun)
    {
        var results = Directory.CreateDirectory(Path.Combine(folder, "results")).FullName;
        var files = new[] { baseRun, headRun }.Select(run =>
        {
            var file = Path.Combine(results, run.Run.Id + ".json");
            File.WriteAllBytes(file, ResultJson.Serialize(run));
            return file;
        }).ToArray();
        var outcome = Recorder.Record(new RecordOptions(
            config.Data.Location, files, config.Data.Branch, config.Data.Folder, "[bot] ", Path.Combine(config.WorkFolder, "mirrors"), KeepExisting: true));
        if (!outcome.IsValid)
        {
            throw new InvalidOperationException("the results were not recordable: " + string.Join("; ", outcome.Problems.Take(3)));
        }
    }

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex Unsafe();
}
