using StaticBench.Bot.Config;
using StaticBench.Bot.Requests;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Running;
using StaticBench.Runner.Suite;

namespace StaticBench.Bot.Running;

/// <summary>
/// The names a <c>/bench</c> request may use on this machine: the configured suite's benchmarks and sizes, the
/// engine templates and the phases. Read once at start-up from the suite folder (never built), so a mistake in
/// the config stops the bot before it polls, and a request naming something that is not here is refused when
/// its comment is read, before anything is fetched or built. Names match as the runner matches them; a
/// suite.json suite also builds any numeric size.
/// </summary>
public sealed record BotCatalog(string Suite, IReadOnlyList<string> Benchmarks, IReadOnlyList<string> Sizes, IReadOnlyList<string> Engines, IReadOnlyList<string> Phases, bool BuildsAnySize)
{
    /// <exception cref="BotConfigException">The suite folder is missing or holds neither modules nor a suite.json.</exception>
    public static BotCatalog Load(BotConfig config)
    {
        var folder = config.Project.Suite ?? RunPlanner.BundledSuite;
        if (!Directory.Exists(folder))
        {
            throw new BotConfigException($"project.suite: {folder} does not exist");
        }

        var engines = config.Engines.Select(e => e.Name).ToArray();
        var manifest = Path.Combine(folder, SuiteManifest.FileName);
        if (File.Exists(manifest))
        {
            var suite = SuiteManifest.Load(manifest);
            return new BotCatalog(suite.Suite, [.. suite.Benchmarks.Select(b => b.Name)], [.. suite.Benchmarks.SelectMany(b => b.Sizes.Keys).Distinct().Order(StringComparer.Ordinal)], engines, Runner.Engines.Phases.All, BuildsAnySize: true);
        }

        var stems = Directory.EnumerateFiles(folder, "*.wasm").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToArray();
        if (stems.Length == 0)
        {
            var folders = Directory.EnumerateDirectories(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
            throw new BotConfigException(folders.Length > 0
                ? $"project.suite: {folder} holds no .wasm file and no {SuiteManifest.FileName}, only folders ({string.Join(", ", folders.Take(5))}): point it at the folder that holds the modules"
                : $"project.suite: {folder} holds no .wasm file and no {SuiteManifest.FileName}");
        }

        string Name(string stem) => stem.IndexOf('@', StringComparison.Ordinal) is var at and >= 0 ? stem[..at] : stem;
        string Size(string stem) => stem.IndexOf('@', StringComparison.Ordinal) is var at and >= 0 ? stem[(at + 1)..] : "default";
        return new BotCatalog(
            Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))),
            [.. stems.Select(Name).Distinct()],
            [.. stems.Select(Size).Distinct()],
            engines,
            Runner.Engines.Phases.All,
            BuildsAnySize: false);
    }

    /// <summary>Why this machine cannot run <paramref name="request"/>, naming what it has; null when it can.</summary>
    public string? Refuse(BenchRequest request) =>
        Unknown("benchmark", request.Benchmarks, b => Benchmarks.Any(n => string.Equals(b, n, StringComparison.OrdinalIgnoreCase) || b.EndsWith($"/{n}", StringComparison.OrdinalIgnoreCase)), [.. Benchmarks.Select(n => $"{Suite}/{n}")])
        ?? Unknown("engine", request.Engines, e => Engines.Contains(e, StringComparer.OrdinalIgnoreCase), Engines)
        ?? Unknown("phase", request.Phases, p => Phases.Contains(p, StringComparer.Ordinal), Phases)
        ?? Unknown("size", request.Sizes, s => SizeRequest.Parse(s) is var size && ((size.Value is not null && BuildsAnySize) || Sizes.Contains(size.Label, StringComparer.Ordinal)), Sizes);

    private static string? Unknown(string what, IReadOnlyList<string> asked, Func<string, bool> known, IReadOnlyList<string> names)
    {
        var unknown = asked.Where(a => !known(a)).ToArray();
        return unknown.Length == 0 ? null
            : $"unknown {what} {string.Join(", ", unknown)}; this machine has {string.Join(", ", names.Take(40))}{(names.Count > 40 ? $" and {names.Count - 40} more" : "")}";
    }
}
