using LibGit2Sharp;
using StaticBench.Schema.Json;
using StaticBench.Schema.Model;
using StaticBench.Store.Git;

namespace StaticBench.Testing;

/// <summary>
/// A throwaway bare data repository whose history a test writes commit by commit:
/// <c>repo.Commit("add run", ("results/2026/11/21/r1.json", run))</c>. Writes straight into the
/// object database, as a data repository is written, without a working tree.
/// </summary>
public sealed class ScriptedDataRepository : IDisposable
{
    private readonly TempDirectory? _dir;
    private readonly string _branch;
    private int _clock;

    /// <summary>A new repository in a temp folder, deleted on dispose.</summary>
    public ScriptedDataRepository(string branch = "main", bool bare = true)
    {
        GitEnvironment.EnsureInitialized();
        _dir = new TempDirectory("staticbench-data-");
        _branch = branch;
        Repository.Init(_dir.Path, isBare: bare);
        Path = _dir.Path;
        using var repo = new Repository(Path);
        repo.Refs.UpdateTarget("HEAD", $"refs/heads/{branch}");
    }

    private ScriptedDataRepository(string path, string branch)
    {
        GitEnvironment.EnsureInitialized();
        Path = path;
        _branch = branch;
        _clock = 10_000; // after whatever the repository already holds
    }

    /// <summary>Scripts more history into an existing repository (left in place on dispose).</summary>
    public static ScriptedDataRepository Open(string path, string branch = "main") => new(path, branch);

    public string Path { get; }

    /// <summary>Commits files (text, bytes or a RunResult) and deletions (null content) under the branch.</summary>
    public string Commit(string message, params (string Path, object? Content)[] changes)
    {
        using var repo = new Repository(Path);
        var tip = repo.Refs[$"refs/heads/{_branch}"]?.ResolveToDirectReference()?.Target as Commit;
        var tree = tip is null ? new TreeDefinition() : TreeDefinition.From(tip);
        foreach (var (path, content) in changes)
        {
            if (content is null)
            {
                tree.Remove(path);
                continue;
            }

            var bytes = content switch
            {
                RunResult run => ResultJson.Serialize(run),
                string text => System.Text.Encoding.UTF8.GetBytes(text),
                byte[] raw => raw,
                _ => throw new ArgumentException($"unsupported content {content.GetType()}"),
            };
            var blob = repo.ObjectDatabase.CreateBlob(new MemoryStream(bytes));
            tree.Add(path, blob, Mode.NonExecutableFile);
        }

        // A strictly increasing clock keeps commit order readable and deterministic.
        var when = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(++_clock);
        var signature = new Signature("Scripted", "scripted@example.org", when);
        var commit = repo.ObjectDatabase.CreateCommit(signature, signature, message, repo.ObjectDatabase.CreateTree(tree), tip is null ? [] : [tip], prettifyMessage: true);
        if (repo.Refs[$"refs/heads/{_branch}"] is { } existing)
        {
            repo.Refs.UpdateTarget(existing, commit.Id, message);
        }
        else
        {
            repo.Refs.Add($"refs/heads/{_branch}", commit.Id, message);
        }

        return commit.Sha;
    }

    public void Dispose() => _dir?.Dispose();
}
