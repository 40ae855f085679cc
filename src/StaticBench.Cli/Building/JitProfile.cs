using System.Runtime;

namespace StaticBench.Cli.Building;

/// <summary>
/// The runtime's multicore JIT profile (<see cref="ProfileOptimization"/>) of an incremental build, kept beside its
/// history cache: the methods the last build compiled are compiled again on a spare core, ahead of the build's own
/// thread, while it works. ReadyToRun leaves about 2,300 methods to the JIT in a build (the framework's generic code
/// over our value types, which it cannot compile into our assemblies).
/// </summary>
/// <remarks>
/// Started only once the history read found something new: the runtime writes the profile again when the process
/// ends, and a build with nothing new must write no file. A profile that is missing, damaged or from other code
/// costs nothing but its use: the runtime ignores what it cannot match.
/// </remarks>
internal static class JitProfile
{
    /// <summary>
    /// Starts the profile of the build whose history cache is <paramref name="cacheFile"/>: <c>&lt;cache&gt;.jitprofile</c>
    /// beside it. Only ever a speed-up: a folder it cannot make leaves the build as it would be without it (saving the
    /// cache there reports the problem).
    /// </summary>
    public static void Start(string cacheFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(cacheFile))!;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        ProfileOptimization.SetProfileRoot(folder);
        ProfileOptimization.StartProfile(Path.GetFileName(Path.ChangeExtension(cacheFile, ".jitprofile")));
    }
}
