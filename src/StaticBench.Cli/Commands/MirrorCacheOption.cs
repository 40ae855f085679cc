using System.CommandLine;
using StaticBench.Store.Git;

namespace StaticBench.Cli.Commands;

/// <summary><c>--cache</c>, shared by the commands that can talk to a remote repository through a mirror.</summary>
public static class MirrorCacheOption
{
    public static Option<string?> Create() => new("--cache")
    {
        Description = $"Folder for remote mirrors and the incremental build cache (default: ${MirrorCache.RootVariable} or ~/.cache/staticbench/repos).",
    };
}
