using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using LibGit2Sharp;
using StaticBench.Store.Git;
using static StaticBench.Store.Git.Libgit2Native;

namespace StaticBench.Store.History;

/// <summary>
/// What changed between two trees: both entry lists are walked side by side in git's own order, descending only into
/// subtrees whose id changed. Trees are read as git stores them (<c>git_odb_read</c>, one native call per tree, on this
/// walker's own handle: one per thread) and their entries are read in place, in libgit2's memory: through libgit2's
/// parsed tree each entry cost several native calls (by index, name, id, type), and on a 100,000-file history that
/// was most of the time spent comparing commits. A commit that did not touch the data folder costs one comparison.
/// Trees read for one commit are kept for the next (<see cref="NextCommit"/>): walking newest first, a commit's
/// parent's trees are the next commit's own.
/// </summary>
internal sealed unsafe class TreeWalker : IDisposable
{
    private const int OidSize = 20;
    private readonly NativeRepository _repository;
    private IntPtr _odb;

    /// <summary>Trees read since <see cref="NextCommit"/>, and before it; each holds its native object until dropped.</summary>
    private Dictionary<Oid, RawTree> _current = [];
    private Dictionary<Oid, RawTree> _previous = [];

    public TreeWalker(string repositoryPath)
    {
        _repository = new NativeRepository(repositoryPath);
        _repository.Check(git_repository_odb(out _odb, _repository.Handle), "open the object database of");
    }

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
    /// <c>Commit.Committer.When</c> gives it. Starts a new commit: trees read two commits ago are let go.
    /// </summary>
    public (byte[]? Folder, byte[]? ParentFolder, DateTimeOffset When) Read(ReadOnlySpan<byte> commitId, string folder)
    {
        NextCommit();
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

        var id = root;
        foreach (var part in folder.Split('/'))
        {
            var name = Encoding.UTF8.GetBytes(part);
            var tree = Tree(id);
            var found = false;
            for (var offset = 0; offset < tree.Length && !found;)
            {
                var entry = Entry.Next(tree, ref offset, this);
                if (entry.Name.SequenceEqual(name))
                {
                    if (entry.Kind != ObjectTree)
                    {
                        return null;
                    }

                    id = entry.Id;
                    found = true;
                }
            }

            if (!found)
            {
                return null;
            }
        }

        return id.ToArray();
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

        Changes(before is null ? default : Tree(before), after is null ? default : Tree(after), "", added, deleted);
    }

    private void Changes(ReadOnlySpan<byte> before, ReadOnlySpan<byte> after, string prefix, List<(string Path, ObjectId Blob)> added, List<string> deleted)
    {
        int i = 0, j = 0;
        var old = i < before.Length ? Entry.Next(before, ref i, this) : default;
        var @new = j < after.Length ? Entry.Next(after, ref j, this) : default;
        while (!old.IsEmpty || !@new.IsEmpty)
        {
            var order = old.IsEmpty ? 1 : @new.IsEmpty ? -1 : Entry.Compare(old, @new);
            if (order == 0)
            {
                if (!old.Whole.SequenceEqual(@new.Whole))
                {
                    Changed(old, @new, prefix, added, deleted);
                }
            }
            else if (order < 0)
            {
                Changed(old, default, prefix, added, deleted);
            }
            else
            {
                Changed(default, @new, prefix, added, deleted);
            }

            if (order <= 0)
            {
                old = i < before.Length ? Entry.Next(before, ref i, this) : default;
            }

            if (order >= 0)
            {
                @new = j < after.Length ? Entry.Next(after, ref j, this) : default;
            }
        }
    }

    /// <summary>One entry that differs: both sides have the same name and kind, or one side is missing.</summary>
    private void Changed(Entry old, Entry @new, string prefix, List<(string Path, ObjectId Blob)> added, List<string> deleted)
    {
        var entry = @new.IsEmpty ? old : @new;
        var path = prefix + Encoding.UTF8.GetString(entry.Name);
        switch (entry.Kind)
        {
            case ObjectBlob when !@new.IsEmpty:
                added.Add((path, new ObjectId(@new.Id.ToArray())));
                break;
            case ObjectBlob:
                deleted.Add(path);
                break;
            case ObjectTree:
                Changes(old.IsEmpty ? default : Tree(old.Id), @new.IsEmpty ? default : Tree(@new.Id), path + "/", added, deleted);
                break;
        }
    }

    /// <summary>The bytes of tree <paramref name="id"/>: from the trees this commit or the one before already read, else from the object database.</summary>
    private ReadOnlySpan<byte> Tree(ReadOnlySpan<byte> id)
    {
        var key = Oid.Of(id);
        if (_current.TryGetValue(key, out var tree))
        {
            return tree.Bytes;
        }

        if (_previous.Remove(key, out tree))
        {
            _current.Add(key, tree);
            return tree.Bytes;
        }

        _repository.Check(git_odb_read(out var obj, _odb, id), "read a tree of");
        if (git_odb_object_type(obj) != ObjectTree)
        {
            git_odb_object_free(obj);
            throw new DataRepositoryException($"cannot read a tree of {_repository.Path}: {Convert.ToHexStringLower(id)} is not a tree");
        }

        var read = new RawTree(obj, (byte*)git_odb_object_data(obj), checked((int)git_odb_object_size(obj)));
        _current.Add(key, read);
        return read.Bytes;
    }

    /// <summary>Lets go of the trees read before the last call, keeping those read since: the next commit's parent may share them.</summary>
    private void NextCommit()
    {
        Free(_previous);
        (_previous, _current) = (_current, _previous);
    }

    private static void Free(Dictionary<Oid, RawTree> trees)
    {
        foreach (var tree in trees.Values)
        {
            git_odb_object_free(tree.Object);
        }

        trees.Clear();
    }

    private DataRepositoryException Damaged() => new($"cannot read a tree of {_repository.Path}: it is damaged");

    public void Dispose()
    {
        Free(_current);
        Free(_previous);
        if (_odb != IntPtr.Zero)
        {
            git_odb_free(_odb);
            _odb = IntPtr.Zero;
        }

        _repository.Dispose();
    }

    /// <summary>A tree's raw bytes, held in libgit2's memory by its object until freed.</summary>
    private readonly struct RawTree(IntPtr obj, byte* data, int length)
    {
        public IntPtr Object => obj;

        public ReadOnlySpan<byte> Bytes => new(data, length);
    }

    /// <summary>An object id as a dictionary key, without an array.</summary>
    private readonly record struct Oid(ulong A, ulong B, uint C)
    {
        public static Oid Of(ReadOnlySpan<byte> id) =>
            new(BinaryPrimitives.ReadUInt64LittleEndian(id), BinaryPrimitives.ReadUInt64LittleEndian(id[8..]), BinaryPrimitives.ReadUInt32LittleEndian(id[16..OidSize]));
    }

    /// <summary>One entry of a raw tree: <c>mode SP name NUL id</c> (20 bytes), in place.</summary>
    private readonly ref struct Entry(ReadOnlySpan<byte> whole, ReadOnlySpan<byte> name, int kind)
    {
        /// <summary>Mode, name and id: equal when the entry did not change.</summary>
        public ReadOnlySpan<byte> Whole { get; } = whole;

        public ReadOnlySpan<byte> Name { get; } = name;

        public ReadOnlySpan<byte> Id => Whole[^OidSize..];

        /// <summary><see cref="ObjectTree"/>, <see cref="ObjectBlob"/> (files and symbolic links, as <c>git_tree_entry_type</c>), or 1 for a submodule's commit.</summary>
        public int Kind { get; } = kind;

        public bool IsEmpty => Whole.IsEmpty;

        /// <summary>The file type bits of a mode, as libgit2 reads them (octal 040000 a folder, 0160000 a submodule, anything else a blob).</summary>
        private const int FileTypeMask = 0xF000;

        private const int DirectoryMode = 0x4000;

        private const int SubmoduleMode = 0xE000;

        private const int SubmoduleCommit = 1;

        public static Entry Next(ReadOnlySpan<byte> tree, scoped ref int offset, TreeWalker walker)
        {
            var rest = tree[offset..];
            var space = rest.IndexOf((byte)' ');
            var nul = space < 0 ? -1 : rest[(space + 1)..].IndexOf((byte)0);
            if (space <= 0 || nul <= 0 || space + 1 + nul + 1 + OidSize > rest.Length)
            {
                throw walker.Damaged();
            }

            var mode = 0;
            foreach (var digit in rest[..space])
            {
                mode = digit is >= (byte)'0' and <= (byte)'7' && mode < 1 << 24 ? (mode << 3) | (digit - '0') : throw walker.Damaged();
            }

            var end = space + 1 + nul + 1 + OidSize;
            offset += end;
            var kind = (mode & FileTypeMask) == DirectoryMode ? ObjectTree : (mode & FileTypeMask) == SubmoduleMode ? SubmoduleCommit : ObjectBlob;
            return new Entry(rest[..end], rest.Slice(space + 1, nul), kind);
        }

        /// <summary>
        /// git's tree order (git_tree_entry_cmp): bytes of the names, a folder's name compared as if it ended in '/'.
        /// Both lists are in this order, so walking them side by side pairs equal names.
        /// </summary>
        public static int Compare(Entry a, Entry b)
        {
            var common = Math.Min(a.Name.Length, b.Name.Length);
            var order = a.Name[..common].SequenceCompareTo(b.Name[..common]);
            if (order != 0)
            {
                return order;
            }

            static int Next(Entry e, int common) => e.Name.Length > common ? e.Name[common] : e.Kind == ObjectTree ? '/' : 0;
            return Next(a, common) - Next(b, common);
        }
    }
}
