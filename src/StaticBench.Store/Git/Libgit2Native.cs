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
    }

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
    public static partial int git_tree_lookup(out IntPtr tree, IntPtr repository, byte[] id);

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

    public const int ObjectTree = 2;

    public const int ObjectBlob = 3;

    [LibraryImport(Library)]
    private static partial IntPtr git_error_last();
}
