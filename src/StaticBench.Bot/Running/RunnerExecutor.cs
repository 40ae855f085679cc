using System.Text.RegularExpressions;
using StaticBench.Analysis.Comparisons;
using StaticBench.Bot.Config;
using StaticBench.Bot.Queue;
using StaticBench.Bot.Requests;
using StaticBench.GitHub.Client;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Running;
using StaticBench.Runner.Suite;
using StaticBench.Schema.Json;
using StaticBench.Schema.Model;
using StaticBench.Store.Git;
using StaticBench.Store.Recording;

namespace StaticBench.Bot.Running;

/// <summary>Links into the benchmark site under a comparison (the compare view of the two commits); the CLI gives the site's own.</summary>
public delegate string SiteFooter(ComparisonSide baseSide, ComparisonSide headSide, ComparisonReport report);

/// <summary>
/// The real <see cref="IRunExecutor"/>: check out the merge base and the pull request's head (Store),
/// build each in the sandbox, benchmark both in ONE runner run (engines <c>x@base</c>, <c>x@head</c>
/// interleaved sample by sample on this machine), split that run into a base and a head result file
/// (<see cref="BaseHeadSplit"/>), record both in one commit, compare them, judge the status
/// (<see cref="RunJudgement"/>) and render the comment within GitHub's size limit (<see cref="ComparisonComment"/>).
/// Run ids are fixed per job and side, and recording keeps what a killed earlier attempt already
/// recorded, so a restart mid-run never adds a second pair of results.
/// </summary>
public sealed partial class RunnerExecutor(BotConfig config, SiteFooter? siteFooter = null, Func<CancellationToken, Task<SandboxPolicy>>? detectSandbox = null) : IRunExecutor
{
    public const string Base = "base";
    public const string Head = "head";

    private readonly Func<CancellationToken, Task<SandboxPolicy>> _detectSandbox = detectSandbox ?? SandboxDetector.DetectAsync;
    private readonly BotCatalog _catalog = BotCatalog.Load(config);

    /// <summary>What requests may name here; loaded (and the suite folder checked) when the executor is made.</summary>
    public BotCatalog Catalog => _catalog;

    public string? Refuse(BenchRequest request) => _catalog.Refuse(request);

    public Task<string> MergeBaseAsync(BotJob job, PullRequest pullRequest, CancellationToken cancellationToken) => Task.Run(
        () => Guard(RunConclusion.Error, "the pull request could not be fetched to find its merge base", () =>
            ProjectCheckout.MergeBase(config.Project.CloneUrlOf(job.Repository), RefSpecs(pullRequest), pullRequest.Base.Sha, pullRequest.Head.Sha, Mirrors)),
        cancellationToken);

    public async Task<RunOutcome> ExecuteAsync(BotJob job, PullRequest pullRequest, string mergeBase, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(config.WorkFolder, "jobs", job.Id);
        var url = config.Project.CloneUrlOf(job.Repository);
        var (baseProject, headProject) = Guard(RunConclusion.Error, "checking out the merge base and the head failed", () =>
        (
            ProjectCheckout.Materialize(url, RefSpecs(pullRequest), mergeBase, Path.Combine(folder, Base), pullRequest.Base.Ref, Mirrors),
            ProjectCheckout.Materialize(url, RefSpecs(pullRequest), pullRequest.Head.Sha, Path.Combine(folder, Head), $"pull/{pullRequest.Number}", Mirrors)
                with { PullRequest = pullRequest.Number, BaseCommit = mergeBase }));

        var policy = await _detectSandbox(cancellationToken);
        if (!policy.IsSandboxed && !config.AllowUnsandboxed)
        {
            throw new RunFailedException(RunConclusion.Error, $"{config.Machine} has no working sandbox, and runs a pull request's code only in one",
                $"refusing to run a pull request's code unsandboxed on {config.Machine} ({policy.Note}); set allowUnsandboxed in the bot config only on a throwaway machine");
        }

        var sandbox = new ProcessRunner(policy);
        await BuildAsync(Base, RunConclusion.Error, "building the merge base failed", folder, sandbox, cancellationToken);
        await BuildAsync(Head, RunConclusion.Failure, "building the head failed", folder, sandbox, cancellationToken);

        var registry = EngineRegistry.Default.Map(_ => null);
        foreach (var template in Templates(job.Request))
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
            var headOnly = report.Errors.Count > 0 && report.Errors.All(e => e.Engine.EndsWith("@" + Head, StringComparison.Ordinal));
            throw new RunFailedException(
                headOnly ? RunConclusion.Failure : RunConclusion.Error,
                headOnly ? "every benchmark failed on the head" : "nothing was measured",
                "nothing was measured: " + (report.Errors.Count > 0 ? string.Join("; ", report.Errors.Take(3)) : string.Join("; ", report.Notes)));
        }

        var baseRun = BaseHeadSplit.Take(run, new RunSide(Base, RunId(job, Base), baseProject));
        var headRun = BaseHeadSplit.Take(run, new RunSide(Head, RunId(job, Head), headProject));
        Guard(RunConclusion.Error, "recording the results failed", () => Record(folder, baseRun, headRun));

        var baseSide = new ComparisonSide($"merge base {CommitId.Short(mergeBase)}", [baseRun]);
        var headSide = new ComparisonSide($"#{pullRequest.Number} head {CommitId.Short(pullRequest.Head.Sha)}", [headRun]);
        var comparison = ComparisonSet.Compare(baseSide, headSide, new ComparisonOptions { Threshold = config.Threshold });
        var (conclusion, summary) = RunJudgement.Judge(comparison, report.Errors, config.FailOnRegression);
        var footer = NoiseNote.For(comparison, report.Errors, [config.WorkFolder, options.Cache]) + (siteFooter?.Invoke(baseSide, headSide, comparison) ?? "");
        return new RunOutcome(ComparisonComment.Render(comparison, footer, ComparisonComment.GitHubLimit - BotReplies.Reserve), summary, conclusion);
    }

    private string Mirrors => Path.Combine(config.WorkFolder, "mirrors");

    private static string[] RefSpecs(PullRequest pullRequest) =>
    [
        $"+refs/pull/{pullRequest.Number}/head:refs/staticbench/pull/{pullRequest.Number}",
        $"+refs/heads/{pullRequest.Base.Ref}:refs/remotes/origin/{pullRequest.Base.Ref}",
    ];

    private async Task BuildAsync(string side, RunConclusion conclusion, string shown, string folder, IProcessRunner sandbox, CancellationToken cancellationToken)
    {
        try
        {
            await ProjectBuild.RunAsync(config.Project, side, Path.Combine(folder, side), sandbox, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            throw new RunFailedException(conclusion, shown, e.Message, e);
        }
    }

    /// <summary>Runs a step whose failure is this machine's (git, the data repository): the details stay in the log.</summary>
    private static T Guard<T>(RunConclusion conclusion, string shown, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is DataRepositoryException or InvalidOperationException or IOException)
        {
            throw new RunFailedException(conclusion, shown, $"{shown}: {e.Message}", e);
        }
    }

    private static void Guard(RunConclusion conclusion, string shown, Action step) => Guard(conclusion, shown, () =>
    {
        step();
        return 0;
    });

    /// <summary><c>bot-&lt;job&gt;-&lt;machine&gt;-&lt;side&gt;</c>: the same on every attempt of a job, so a retry records nothing new.</summary>
    public string RunId(BotJob job, string side)
    {
        var id = Unsafe().Replace($"bot-{job.Id}-{config.Machine}-{side}", "-");
        return id.Length <= 128 ? id : id[..(127 - side.Length)] + "-" + side;
    }

    /// <summary>The templates asked for by <c>--engine</c> (a template's name; <see cref="Refuse"/> turned away unknown ones), else all of them.</summary>
    private IReadOnlyList<Runner.Engines.Configured.ConfiguredEngineSpec> Templates(BenchRequest request) =>
        request.Engines.Count == 0 ? config.Engines : [.. config.Engines.Where(e => request.Engines.Contains(e.Name, StringComparer.OrdinalIgnoreCase))];

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
