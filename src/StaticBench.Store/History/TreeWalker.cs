using System.Runtime.InteropServices;
using LibGit2Sharp;
using StaticBench.Store.Git;
using static StaticBench.Store.Git.Libgit2Native;

namespace StaticBench.Store.History;

/// <summary>
/// What changed between two trees: both entry lists are walked side by side in git's own order,
/// descending only into subtrees whose id changed, through libgit2's tree functions on its own handle
/// (one per thread). A commit that did not touch the data folder costs one comparison. LibGit2Sharp's
/// diff costs about 1 ms per commit, and walking its <see cref="Tree"/> objects allocated a managed
/// entry for every file of every folder on the way (150 KB per commit on a 100,000-file history).
/// </summary>
internal sealed unsafe class TreeWalker : IDisposable
{
    private const int OidSize = 20;
    private readonly NativeRepository _repository;

    public TreeWalker(string repositoryPath) => _repository = new NativeRepository(repositoryPath);

    /// <summary>The id of the tree at <paramref name="folder"/> of <paramref name="commit"/> ("" for the root), or null when there is none.</summary>
    public byte[]? Folder(ObjectId commit, string folder)
    {
        var found = LookupCommit(commit.RawId);
        try
        {
            return FolderOf(new ReadOnlySpan<byte>((byte*)git_commit_tree_id(found), OidSize), folder);
        }
        finally
        {
            git_commit_free(found);
        }
    }

    /// <summary>
    /// One commit as attribution needs it, without a managed object for it: the id of the tree at <paramref name="folder"/>
    /// in it and in its first parent (null when there is none), and the committer's time as LibGit2Sharp's
    /// <c>Commit.Committer.When</c> gives it.
    /// </summary>
    public (byte[]? Folder, byte[]? ParentFolder, DateTimeOffset When) Read(ReadOnlySpan<byte> commitId, string folder)
    {
        var commit = LookupCommit(commitId);
        try
        {
            var own = FolderOf(new ReadOnlySpan<byte>((byte*)git_commit_tree_id(commit), OidSize), folder);
            byte[]? parentFolder = null;
            if (git_commit_parentcount(commit) > 0)
            {
                var parent = LookupCommit(new ReadOnlySpan<byte>((byte*)git_commit_parent_id(commit, 0), OidSize));
                try
                {
                    parentFolder = FolderOf(new ReadOnlySpan<byte>((byte*)git_commit_tree_id(parent), OidSize), folder);
                }
                finally
                {
                    git_commit_free(parent);
                }
            }

            var committer = git_commit_committer(commit);
            var when = DateTimeOffset.FromUnixTimeSeconds(Marshal.ReadInt64(committer, 16)).ToOffset(TimeSpan.FromMinutes(Marshal.ReadInt32(committer, 24)));
            return (own, parentFolder, when);
        }
        finally
        {
            git_commit_free(commit);
        }
    }

    private IntPtr LookupCommit(ReadOnlySpan<byte> id)
    {
        _repository.Check(git_commit_lookup(out var commit, _repository.Handle, id), "read a commit of");
        return commit;
    }

    /// <summary>The subtree at <paramref name="folder"/> of tree <paramref name="root"/> (the root itself for ""), as LibGit2Sharp's <c>commit[folder]</c> finds it.</summary>
    private byte[]? FolderOf(ReadOnlySpan<byte> root, string folder)
    {
        if (folder.Length == 0)
        {
            return root.ToArray();
        }

        var tree = Lookup(root);
        try
        {
            var code = git_tree_entry_bypath(out var entry, tree, folder);
            if (code == NotFound)
            {
                return null;
            }

            _repository.Check(code, $"find {folder} in a tree of");
            try
            {
                return git_tree_entry_type(entry) == ObjectTree ? Id(entry).ToArray() : null;
            }
            finally
            {
                git_tree_entry_free(entry);
            }
        }
        finally
        {
            Free(tree);
        }
    }

    /// <summary>
    /// Paths whose blob is new or different in tree <paramref name="after"/> compared to tree <paramref name="before"/>
    /// (added or modified), and paths present only in <paramref name="before"/> (deleted); null is an empty tree.
    /// </summary>
    public void Changes(byte[]? before, byte[]? after, List<(string Path, ObjectId Blob)> added, List<string> deleted)
    {
        if (before == after || (before is not null && after is not null && before.AsSpan().SequenceEqual(after)))
        {
            return;
        }

        var old = Lookup(before);
        var @new = Lookup(after);
        try
        {
            Changes(old, @new, "", added, deleted);
        }
        finally
        {
            Free(old);
            Free(@new);
        }
    }

    private void Changes(IntPtr before, IntPtr after, string prefix, List<(string Path, ObjectId Blob)> added, List<string> deleted)
    {
        var (count, countBefore) = (Count(after), Count(before));
        nuint i = 0, j = 0;
        while (i < countBefore || j < count)
        {
            var old = i < countBefore ? git_tree_entry_byindex(before, i) : IntPtr.Zero;
            var @new = j < count ? git_tree_entry_byindex(after, j) : IntPtr.Zero;
            var order = old == IntPtr.Zero ? 1 : @new == IntPtr.Zero ? -1 : Compare(old, @new);
            if (order == 0)
            {
                if (!Id(old).SequenceEqual(Id(@new)))
                {
                    Changed(old, @new, prefix, added, deleted);
                }

                i++;
                j++;
            }
            else if (order < 0)
            {
                Changed(old, IntPtr.Zero, prefix, added, deleted);
                i++;
            }
            else
            {
                Changed(IntPtr.Zero, @new, prefix, added, deleted);
                j++;
            }
        }
    }

    /// <summary>One entry that differs: both sides have the same name and kind, or one side is missing.</summary>
    private void Changed(IntPtr old, IntPtr @new, string prefix, List<(string Path, ObjectId Blob)> added, List<string> deleted)
    {
        var entry = @new != IntPtr.Zero ? @new : old;
        var path = prefix + Marshal.PtrToStringUTF8(git_tree_entry_name(entry));
        switch (git_tree_entry_type(entry))
        {
            case ObjectBlob when @new != IntPtr.Zero:
                added.Add((path, new ObjectId(Id(@new).ToArray())));
                break;
            case ObjectBlob:
                deleted.Add(path);
                break;
            case ObjectTree:
                var subBefore = old == IntPtr.Zero ? IntPtr.Zero : Lookup(Id(old));
                var subAfter = @new == IntPtr.Zero ? IntPtr.Zero : Lookup(Id(@new));
                try
                {
                    Changes(subBefore, subAfter, path + "/", added, deleted);
                }
                finally
                {
                    Free(subBefore);
                    Free(subAfter);
                }

                break;
        }
    }

    /// <summary>
    /// git's tree order (git_tree_entry_cmp): bytes of the names, a folder's name compared as if it ended in '/'.
    /// Both lists are in this order, so walking them side by side pairs equal names.
    /// </summary>
    private static int Compare(IntPtr a, IntPtr b)
    {
        var nameA = Name(a);
        var nameB = Name(b);
        var common = Math.Min(nameA.Length, nameB.Length);
        var order = nameA[..common].SequenceCompareTo(nameB[..common]);
        if (order != 0)
        {
            return order;
        }

        int Next(ReadOnlySpan<byte> name, IntPtr entry) => name.Length > common ? name[common] : git_tree_entry_type(entry) == ObjectTree ? '/' : 0;
        return Next(nameA, a) - Next(nameB, b);
    }

    private static unsafe ReadOnlySpan<byte> Name(IntPtr entry) =>
        MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)git_tree_entry_name(entry));

    private static unsafe ReadOnlySpan<byte> Id(IntPtr entry) => new((byte*)git_tree_entry_id(entry), OidSize);

    private static nuint Count(IntPtr tree) => tree == IntPtr.Zero ? 0 : git_tree_entrycount(tree);

    private IntPtr Lookup(byte[]? id) => id is null ? IntPtr.Zero : Lookup(id.AsSpan());

    private IntPtr Lookup(ReadOnlySpan<byte> id)
    {
        _repository.Check(git_tree_lookup(out var tree, _repository.Handle, id), "read a tree of");
        return tree;
    }

    private static void Free(IntPtr tree)
    {
        if (tree != IntPtr.Zero)
        {
            git_tree_free(tree);
        }
    }

    public void Dispose() => _repository.Dispose();
}
