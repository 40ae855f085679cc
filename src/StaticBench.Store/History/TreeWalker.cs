using LibGit2Sharp;

namespace StaticBench.Store.History;

/// <summary>
/// Lists the files under a folder of a tree, or what changed between two trees, by comparing tree
/// entry ids and descending only into subtrees whose id changed. libgit2's diff machinery costs about
/// 1 ms per commit; this costs next to nothing when a commit did not touch the data folder.
/// </summary>
internal static class TreeWalker
{
    /// <summary>The subtree at <paramref name="folder"/> ("" for the root), or null when it does not exist.</summary>
    public static Tree? Subtree(Commit commit, string folder)
    {
        if (folder.Length == 0)
        {
            return commit.Tree;
        }

        return commit[folder] is { TargetType: TreeEntryTargetType.Tree } entry ? (Tree)entry.Target : null;
    }

    /// <summary>Every blob under <paramref name="tree"/>, as (path relative to it, blob id).</summary>
    public static IEnumerable<(string Path, ObjectId Blob)> Files(Tree? tree, string prefix = "")
    {
        if (tree is null)
        {
            yield break;
        }

        foreach (var entry in tree)
        {
            var path = prefix + entry.Name;
            switch (entry.TargetType)
            {
                case TreeEntryTargetType.Blob:
                    yield return (path, entry.Target.Id);
                    break;
                case TreeEntryTargetType.Tree:
                    foreach (var file in Files((Tree)entry.Target, path + "/"))
                    {
                        yield return file;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Paths whose blob is new or different in <paramref name="after"/> compared to <paramref name="before"/>
    /// (added or modified), and paths present only in <paramref name="before"/> (deleted).
    /// </summary>
    public static void Changes(Tree? before, Tree? after, string prefix, List<(string Path, ObjectId Blob)> added, List<string> deleted)
    {
        if (before?.Id == after?.Id)
        {
            return;
        }

        var old = before?.ToDictionary(e => e.Name, StringComparer.Ordinal) ?? [];
        foreach (var entry in after ?? Enumerable.Empty<TreeEntry>())
        {
            old.Remove(entry.Name, out var previous);
            var path = prefix + entry.Name;
            if (previous?.Target.Id == entry.Target.Id)
            {
                continue;
            }

            if (entry.TargetType == TreeEntryTargetType.Tree)
            {
                var previousTree = previous?.TargetType == TreeEntryTargetType.Tree ? (Tree)previous.Target : null;
                if (previous is { TargetType: TreeEntryTargetType.Blob })
                {
                    deleted.Add(path);
                }

                Changes(previousTree, (Tree)entry.Target, path + "/", added, deleted);
            }
            else if (entry.TargetType == TreeEntryTargetType.Blob)
            {
                if (previous is { TargetType: TreeEntryTargetType.Tree })
                {
                    deleted.AddRange(Files((Tree)previous.Target, path + "/").Select(f => f.Path));
                }

                added.Add((path, entry.Target.Id));
            }
        }

        foreach (var gone in old.Values)
        {
            var path = prefix + gone.Name;
            if (gone.TargetType == TreeEntryTargetType.Blob)
            {
                deleted.Add(path);
            }
            else if (gone.TargetType == TreeEntryTargetType.Tree)
            {
                deleted.AddRange(Files((Tree)gone.Target, path + "/").Select(f => f.Path));
            }
        }
    }
}
