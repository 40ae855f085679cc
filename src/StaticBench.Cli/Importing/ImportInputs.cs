using StaticBench.Importers;

namespace StaticBench.Cli.Importing;

/// <summary>Reads the files given to <c>import</c>: a folder stands for every file under it, in path order.</summary>
public static class ImportInputs
{
    /// <exception cref="FileNotFoundException">A path names nothing.</exception>
    public static IReadOnlyList<ImportSource> Read(IReadOnlyList<string> paths)
    {
        var sources = new List<ImportSource>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                sources.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal)
                    .Select(file => new ImportSource(file, File.ReadAllBytes(file))));
            }
            else if (File.Exists(path))
            {
                sources.Add(new ImportSource(path, File.ReadAllBytes(path)));
            }
            else
            {
                throw new FileNotFoundException($"{path}: no such file or folder", path);
            }
        }

        return sources.Count > 0 ? sources : throw new FileNotFoundException($"{string.Join(", ", paths)}: no files to import");
    }
}
