using StaticBench.Importers.Formats.BenchmarkDotNet;
using StaticBench.Importers.Formats.BenchmarkJs;
using StaticBench.Importers.Formats.Bmf;
using StaticBench.Importers.Formats.Catch2;
using StaticBench.Importers.Formats.Criterion;
using StaticBench.Importers.Formats.Gab;
using StaticBench.Importers.Formats.Go;
using StaticBench.Importers.Formats.GoogleBenchmark;
using StaticBench.Importers.Formats.Hyperfine;
using StaticBench.Importers.Formats.Jmh;
using StaticBench.Importers.Formats.Libtest;
using StaticBench.Importers.Formats.PytestBenchmark;
using StaticBench.Importers.Formats.Sightglass;
using StaticBench.Importers.Formats.Tinybench;
using StaticBench.Importers.Formats.Vitest;

namespace StaticBench.Importers;

/// <summary>The importers by name, and the guess behind <c>--format auto</c>.</summary>
public sealed class ImporterRegistry(IReadOnlyList<IImporter> importers)
{
    /// <summary>
    /// Every built-in importer. Order matters for <see cref="Guess"/>: the formats with the most specific
    /// marks come first, and Bencher's (any object of objects with a "value") last.
    /// </summary>
    public static ImporterRegistry Default { get; } = new(
    [
        new BenchmarkDotNetImporter(),
        new GoogleBenchmarkImporter(),
        new JmhImporter(),
        new SightglassImporter(),
        new HyperfineImporter(),
        new PytestBenchmarkImporter(),
        new GoBenchImporter(),
        new Catch2Importer(),
        new CriterionImporter(),
        new LibtestImporter(),
        new VitestImporter(),
        new TinybenchImporter(),
        new BenchmarkJsImporter(),
        new GabImporter(),
        new BmfImporter(),
    ]);

    public IReadOnlyList<IImporter> Importers { get; } = importers;

    public IEnumerable<string> Names => Importers.Select(i => i.Name);

    /// <exception cref="ArgumentException">No importer has that name; the message lists the known ones.</exception>
    public IImporter Find(string name) =>
        Importers.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown format '{name}'; known: auto, {string.Join(", ", Names)}");

    /// <summary>The importer whose sniff accepts the first file it recognizes (a folder may hold other files too), and that file.</summary>
    /// <exception cref="ImportException">No importer recognizes any file.</exception>
    public (IImporter Importer, ImportSource By) Guess(IReadOnlyList<ImportSource> sources)
    {
        foreach (var source in sources)
        {
            if (Importers.FirstOrDefault(i => i.Sniff(source)) is { } importer)
            {
                return (importer, source);
            }
        }

        throw new ImportException(sources[0].Path, "start of file", $"no known format recognized it; pass --format (one of {string.Join(", ", Names)})");
    }
}
