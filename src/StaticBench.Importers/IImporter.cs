namespace StaticBench.Importers;

/// <summary>
/// Reads the output files of one harness run into results. An importer touches no file system and no
/// git: the caller hands it the files' bytes and wraps what it returns into a result file.
/// </summary>
public interface IImporter
{
    /// <summary>The stable format name scripts pass to <c>--format</c>.</summary>
    string Name { get; }

    /// <summary>A cheap guess from a file's name and first bytes, for <c>--format auto</c>.</summary>
    bool Sniff(ImportSource source);

    /// <summary>Reads every file of one run.</summary>
    /// <exception cref="ImportException">A file is not in this format; the message names the file, the position and what was expected.</exception>
    ImportedResults Read(IReadOnlyList<ImportSource> sources);
}
