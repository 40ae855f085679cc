using System.Security.Cryptography;
using System.Text;
using StaticBench.Schema;
using StaticBench.Schema.Model;
using StaticBench.Schema.Validation;
using StaticBench.Store.Layout;

namespace StaticBench.ScaleData;

/// <summary>
/// Run number <see cref="Index"/> of a generated history: one run per project commit, an hour apart,
/// each commit the child of the one before, all on one machine, recorded a minute after it finished.
/// </summary>
public sealed record ScaleRun(int Index, string Id, string Commit, string? Parent, DateTimeOffset CommitTime, DateTimeOffset Started, DateTimeOffset Finished, string Path)
{
    public const string Machine = "scale-1";

    public const string Repository = "https://example.com/scale/engine";

    private static readonly DateTimeOffset Origin = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>When the data commit that records this run is made (author and committer time).</summary>
    public DateTimeOffset Recorded => Finished.AddMinutes(1);

    public static ScaleRun At(ScaleShape shape, int index)
    {
        var commitTime = Origin.AddHours(index);
        var started = commitTime.AddMinutes(10);
        var id = $"scale-{shape.Seed}-{index:D6}";
        if (!RunId.IsValid(id))
        {
            throw new ArgumentException($"seed {shape.Seed} makes the run id '{id}', which is not a valid run id");
        }

        // The Store's layout decides the path, so generated files sit exactly where `record` would put them.
        var path = ResultLayout.PathFor(new RunResult
        {
            Schema = SchemaVersion.Current,
            Run = new RunInfo
            {
                Id = id, Started = started, Finished = started.AddMinutes(5),
                Machine = new MachineInfo { Name = Machine, Os = "linux", Arch = "x86_64" },
                Harness = new HarnessInfo { Name = "-", Version = "-" },
                Project = new ProjectInfo { Repository = Repository, Commit = "", Branch = "main", CommitTime = commitTime, Subject = "", Parents = [] },
            },
            Results = [],
        });
        return new ScaleRun(index, id, ProjectCommit(shape.Seed, index), index == 0 ? null : ProjectCommit(shape.Seed, index - 1), commitTime, started, started.AddMinutes(5), path);
    }

    /// <summary>A made-up but stable commit id of the benchmarked project (40 hex digits).</summary>
    public static string ProjectCommit(int seed, int index) =>
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes($"staticbench-scale/{seed}/{index}")));

    /// <summary>The data commit's message, worded as <c>staticbench record</c> words it.</summary>
    public string Message => $"Record run {Id} on {Machine} for scale/engine@{Commit[..7]}\n";
}
