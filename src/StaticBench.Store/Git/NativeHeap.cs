using System.Runtime.InteropServices;

namespace StaticBench.Store.Git;

/// <summary>
/// Gives the C heap's free pages back to the system. A history read has libgit2 inflate every commit, tree and blob it
/// reads, on several threads; glibc keeps what those threads freed in per-thread arenas, and on a 100,000-file
/// history that was about 60 MB the process kept resident through the analysis and site steps that follow.
/// </summary>
internal static partial class NativeHeap
{
    /// <summary>Calls glibc's <c>malloc_trim(0)</c>; does nothing where there is no such function (another C library, another system).</summary>
    public static void Release()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            malloc_trim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl and others: nothing to trim through this call.
        }
    }

    [LibraryImport("libc")]
    private static partial int malloc_trim(nuint pad);
}
