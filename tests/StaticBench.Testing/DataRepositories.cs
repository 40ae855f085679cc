using LibGit2Sharp;
using StaticBench.Store.Git;

namespace StaticBench.Testing;

/// <summary>Throwaway data repositories and ways to look inside them.</summary>
public static class DataRepositories
{
    /// <summary>Creates an empty bare repository at <paramref name="path"/> (accepting HTTP pushes, for <see cref="GitHttpServer"/>).</summary>
    public static string InitBare(string path)
    {
        GitEnvironment.EnsureInitialized();
        Repository.Init(path, isBare: true);
        using var repository = new Repository(path);
        repository.Config.Set("http.receivepack", true);
        return path;
    }

    /// <summary>The tip commit id of <paramref name="branch"/>, or null when it does not exist.</summary>
    public static string? Tip(string path, string branch)
    {
        GitEnvironment.EnsureInitialized();
        using var repository = new Repository(path);
        return repository.Branches[branch]?.Tip?.Sha;
    }

    /// <summary>Every file in the tip tree of <paramref name="branch"/>: path → bytes.</summary>
    public static IReadOnlyDictionary<string, byte[]> Files(string path, string branch)
    {
        GitEnvironment.EnsureInitialized();
        using var repository = new Repository(path);
        var result = new Dictionary<string, byte[]>();
        if (repository.Branches[branch]?.Tip is { } tip)
        {
            Collect(tip.Tree, result);
        }

        return result;
    }

    /// <summary>Commits reachable from <paramref name="branch"/>, newest first: (id, parent count, message).</summary>
    public static IReadOnlyList<(string Id, int Parents, string Message)> History(string path, string branch)
    {
        GitEnvironment.EnsureInitialized();
        using var repository = new Repository(path);
        var tip = repository.Branches[branch]?.Tip;
        return tip is null
            ? []
            : repository.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = tip })
                .Select(c => (c.Sha, c.Parents.Count(), c.Message))
                .ToArray();
    }

    private static void Collect(Tree tree, Dictionary<string, byte[]> into)
    {
        foreach (var entry in tree)
        {
            switch (entry.Target)
            {
                case Tree subtree:
                    Collect(subtree, into);
                    break;
                case Blob blob:
                    using (var content = new MemoryStream())
                    {
                        using var stream = blob.GetContentStream();
                        stream.CopyTo(content);
                        into[entry.Path.Replace('\\', '/')] = content.ToArray();
                    }

                    break;
            }
        }
    }
}
