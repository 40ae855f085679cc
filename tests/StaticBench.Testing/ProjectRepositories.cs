namespace StaticBench.Testing;

/// <summary>A benchmarked project with a pull request: <see cref="BaseSha"/> on main, <see cref="HeadSha"/> only under <c>refs/pull/N/head</c>, as GitHub serves it.</summary>
public sealed record ProjectRepository(string BarePath, string BaseSha, string HeadSha);

/// <summary>Makes throwaway project repositories with the git command line (for the bot's checkouts).</summary>
public static class ProjectRepositories
{
    /// <summary>
    /// Creates the bare repository <paramref name="bare"/>: main holds <paramref name="baseFiles"/>, and pull
    /// request <paramref name="pullRequest"/>'s head changes them to <paramref name="headFiles"/> on top.
    /// </summary>
    public static ProjectRepository Create(
        string bare, IReadOnlyDictionary<string, string> baseFiles, IReadOnlyDictionary<string, string> headFiles, int pullRequest = 1)
    {
        var work = bare.TrimEnd('/') + ".work";
        Git("init", "--quiet", "--initial-branch=main", work);
        var baseSha = Commit(work, baseFiles, "base: the main branch");
        var headSha = Commit(work, headFiles, "head: the pull request's change");
        Git("clone", "--quiet", "--bare", work, bare);
        Git("--git-dir", bare, "update-ref", "refs/heads/main", baseSha);
        Git("--git-dir", bare, "update-ref", $"refs/pull/{pullRequest}/head", headSha);
        return new ProjectRepository(bare, baseSha, headSha);
    }

    private static string Commit(string work, IReadOnlyDictionary<string, string> files, string message)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(work, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        Git("-C", work, "add", "--all");
        Git("-C", work, "-c", "user.name=Project Dev", "-c", "user.email=dev@example.com", "commit", "--quiet", "-m", message);
        return Git("-C", work, "rev-parse", "HEAD").Trim();
    }

    private static string Git(params string[] arguments) => GitProcess.Run(arguments);
}
