using LibGit2Sharp;

namespace StaticBench.Store.Git;

/// <summary>
/// One-time libgit2 set-up. Debian's libgit2 1.5 throws "the ProgramData file 'config' doesn't exist"
/// from <c>repo.Config</c>, <c>BuildSignature</c> and push unless the ProgramData search path points
/// at a folder holding a (possibly empty) config file, so we give it one of our own.
/// </summary>
public static class GitEnvironment
{
    private static readonly Lock Gate = new();
    private static bool _initialized;

    /// <summary>Call before any LibGit2Sharp use; cheap after the first call.</summary>
    public static void EnsureInitialized()
    {
        lock (Gate)
        {
            if (_initialized)
            {
                return;
            }

            var folder = Path.Combine(Path.GetTempPath(), "staticbench-libgit2-programdata");
            Directory.CreateDirectory(folder);
            var config = Path.Combine(folder, "config");
            if (!File.Exists(config))
            {
                try
                {
                    using (File.Open(config, FileMode.CreateNew))
                    {
                    }
                }
                catch (IOException)
                {
                    // Another process created it between our check and our create: fine.
                }
            }

            GlobalSettings.SetConfigSearchPaths(ConfigurationLevel.ProgramData, folder);
            _initialized = true;
        }
    }
}
