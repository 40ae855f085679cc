using System.Runtime.InteropServices;

namespace StaticBench.Store.Git;

/// <summary>
/// The few libgit2 functions LibGit2Sharp does not expose the way we need them, called in the same
/// native library LibGit2Sharp loads (so there is one libgit2 in the process, initialised once).
/// </summary>
internal static partial class Libgit2Native
{
    /// <summary>
    /// The libgit2 bundled by LibGit2Sharp.NativeBinaries: its file name (<c>libgit2-5853918.so</c>) carries the libgit2
    /// commit, so a NativeBinaries upgrade must change this too (RefCompareAndSwapTests fail otherwise).
    /// </summary>
    public const string Library = "git2-5853918";

    static Libgit2Native()
    {
        GitEnvironment.EnsureInitialized();
        git_libgit2_init();
        git_libgit2_opts(SetCacheMaxSize, ObjectCacheBytes);
        git_libgit2_opts(EnableStrictHashVerification, 0);
        git_libgit2_opts(SetCacheObjectLimit, ObjectTree, 0);
    }

    /// <summary>
    /// What libgit2 may keep of parsed objects per repository handle (its default is 256 MiB). A history read walks every
    /// commit and its changed trees once, newest first, on several handles at once, so each handle only needs the trees of
    /// the commit before; at the default each one grew to hundreds of megabytes that the process kept after the read.
    /// </summary>
    private const long ObjectCacheBytes = 16L << 20;

    private const int SetCacheMaxSize = 7;

    /// <summary>
    /// <c>GIT_OPT_SET_CACHE_OBJECT_LIMIT</c>: the largest object of a type libgit2 keeps in its cache. Trees are set to 0
    /// (not cached): the history read keeps the trees it compares itself (<see cref="History.TreeWalker"/>), and storing
    /// and evicting every tree of a long history in a cache held to <see cref="ObjectCacheBytes"/> cost more than it saved.
    /// </summary>
    private const int SetCacheObjectLimit = 6;

    /// <summary>
    /// <c>GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION</c>, on by default: libgit2 then hashes every object it reads, with the
    /// collision-detecting SHA-1, to check it against its id. git itself never does on a read (only <c>git fsck</c>), and
    /// packed objects are already guarded by zlib's checksum. A history read hashed every blob, tree and commit it read:
    /// at 200 benchmarks x 3,000 runs, 300 MB of result files.
    /// </summary>
    private const int EnableStrictHashVerification = 22;

    /// <summary><c>git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, ssize_t)</c>: variadic in C, called here with the one argument that option takes.</summary>
    [LibraryImport(Library)]
    private static partial int git_libgit2_opts(int option, long value);

    /// <summary><c>git_libgit2_opts</c> with an object type and a size, as <see cref="SetCacheObjectLimit"/> takes them.</summary>
    [LibraryImport(Library)]
    private static partial int git_libgit2_opts(int option, int type, nuint size);

    /// <summary>Runs the static constructor: libgit2 must be initialised before any other call.</summary>
    public static void EnsureInitialized()
    {
    }

    /// <summary>libgit2's last error message on this thread, or "unknown error".</summary>
    public static string LastError()
    {
        var error = git_error_last();
        return error == IntPtr.Zero ? "unknown error" : Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(error)) ?? "unknown error";
    }

    [LibraryImport(Library)]
    private static partial int git_libgit2_init();

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int git_repository_open(out IntPtr repository, string path);

    [LibraryImport(Library)]
    public static partial void git_repository_free(IntPtr repository);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int git_reference_create_matching(
        out IntPtr reference, IntPtr repository, string name, byte[] id, int force, byte[]? currentId, string logMessage);

    [LibraryImport(Library)]
    public static partial void git_reference_free(IntPtr reference);

    [LibraryImport(Library)]
    public static partial int git_blob_lookup(out IntPtr blob, IntPtr repository, byte[] id);

    [LibraryImport(Library)]
    public static partial long git_blob_rawsize(IntPtr blob);

    [LibraryImport(Library)]
    public static partial IntPtr git_blob_rawcontent(IntPtr blob);

    [LibraryImport(Library)]
    public static partial void git_blob_free(IntPtr blob);

    [LibraryImport(Library)]
    public static partial int git_tree_lookup(out IntPtr tree, IntPtr repository, ReadOnlySpan<byte> id);

    [LibraryImport(Library)]
    public static partial void git_tree_free(IntPtr tree);

    [LibraryImport(Library)]
    public static partial nuint git_tree_entrycount(IntPtr tree);

    [LibraryImport(Library)]
    public static partial IntPtr git_tree_entry_byindex(IntPtr tree, nuint index);

    /// <summary>The entry's name: a NUL-terminated UTF-8 string owned by the tree.</summary>
    [LibraryImport(Library)]
    public static partial IntPtr git_tree_entry_name(IntPtr entry);

    /// <summary>The entry's object id: 20 bytes owned by the tree.</summary>
    [LibraryImport(Library)]
    public static partial IntPtr git_tree_entry_id(IntPtr entry);

    /// <summary>The entry's object type: <see cref="ObjectTree"/>, <see cref="ObjectBlob"/>, or a commit for a submodule.</summary>
    [LibraryImport(Library)]
    public static partial int git_tree_entry_type(IntPtr entry);

    /// <summary>Frees an entry returned by <see cref="git_tree_entry_bypath"/> (entries from <see cref="git_tree_entry_byindex"/> belong to their tree).</summary>
    [LibraryImport(Library)]
    public static partial void git_tree_entry_free(IntPtr entry);

    /// <summary>The entry at a slash-separated path under a tree, owned by the caller; GIT_ENOTFOUND (-3) when there is none.</summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int git_tree_entry_bypath(out IntPtr entry, IntPtr root, string path);

    [LibraryImport(Library)]
    public static partial int git_revwalk_new(out IntPtr walk, IntPtr repository);

    [LibraryImport(Library)]
    public static partial void git_revwalk_free(IntPtr walk);

    /// <summary>Sort mode: <see cref="SortTopological"/> | <see cref="SortTime"/>, the values of LibGit2Sharp's <c>CommitSortStrategies</c>.</summary>
    [LibraryImport(Library)]
    public static partial int git_revwalk_sorting(IntPtr walk, uint mode);

    [LibraryImport(Library)]
    public static partial int git_revwalk_push(IntPtr walk, byte[] id);

    [LibraryImport(Library)]
    public static partial int git_revwalk_hide(IntPtr walk, byte[] id);

    /// <summary>Writes the next commit's id into <paramref name="id"/> (20 bytes); <see cref="IterOver"/> after the last.</summary>
    [LibraryImport(Library)]
    public static partial int git_revwalk_next(Span<byte> id, IntPtr walk);

    public const uint SortTopological = 1;

    public const uint SortTime = 2;

    public const int IterOver = -31;

    public const int NotFound = -3;

    [LibraryImport(Library)]
    public static partial int git_commit_lookup(out IntPtr commit, IntPtr repository, ReadOnlySpan<byte> id);

    [LibraryImport(Library)]
    public static partial void git_commit_free(IntPtr commit);

    /// <summary>The commit's tree id: 20 bytes owned by the commit.</summary>
    [LibraryImport(Library)]
    public static partial IntPtr git_commit_tree_id(IntPtr commit);

    [LibraryImport(Library)]
    public static partial uint git_commit_parentcount(IntPtr commit);

    /// <summary>The id of parent <c>n</c>: 20 bytes owned by the commit.</summary>
    [LibraryImport(Library)]
    public static partial IntPtr git_commit_parent_id(IntPtr commit, uint n);

    /// <summary>
    /// The committer, a <c>git_signature*</c> owned by the commit: name and email pointers, then <c>git_time</c>
    /// (seconds since the epoch as a 64-bit integer at offset 16, the offset from UTC in minutes as a 32-bit integer at 24).
    /// </summary>
    [LibraryImport(Library)]
    public static partial IntPtr git_commit_committer(IntPtr commit);

    [LibraryImport(Library)]
    public static partial int git_repository_odb(out IntPtr odb, IntPtr repository);

    [LibraryImport(Library)]
    public static partial void git_odb_free(IntPtr odb);

    /// <summary>Reads an object's raw bytes (a tree as git stores it, not parsed into entries); free with <see cref="git_odb_object_free"/>.</summary>
    [LibraryImport(Library)]
    public static partial int git_odb_read(out IntPtr obj, IntPtr odb, ReadOnlySpan<byte> id);

    /// <summary>The object's bytes, owned by it.</summary>
    [LibraryImport(Library)]
    public static partial IntPtr git_odb_object_data(IntPtr obj);

    [LibraryImport(Library)]
    public static partial nuint git_odb_object_size(IntPtr obj);

    [LibraryImport(Library)]
    public static partial int git_odb_object_type(IntPtr obj);

    [LibraryImport(Library)]
    public static partial void git_odb_object_free(IntPtr obj);

    public const int ObjectTree = 2;

    public const int ObjectBlob = 3;

    [LibraryImport(Library)]
    private static partial IntPtr git_error_last();
}
