using LibGit2Sharp;
using StaticBench.Store.Git;

namespace StaticBench.Store.Publishing;

/// <summary>
/// Turns a site folder into one git tree (blobs and trees written straight to the object database,
/// no work tree), so the whole site changes in a single ref update. Adds an empty <c>.nojekyll</c>
/// so GitHub Pages serves files and folders starting with <c>_</c> as they are.
/// </summary>
internal static class SiteTree
{
    public const string NoJekyll = ".nojekyll";

    /// <summary>The site's files, relative with forward slashes, skipping any <c>.git</c> folder.</summary>
    public static IReadOnlyList<string> ListFiles(string site)
    {
        if (!Directory.Exists(site))
        {
            throw new DataRepositoryException($"site folder '{site}' does not exist. Build the site first (staticbench build).");
        }

        var files = Directory.EnumerateFiles(site, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Where(f => f != ".git" && !f.StartsWith(".git/", StringComparison.Ordinal) && !f.Contains("/.git/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            throw new DataRepositoryException($"site folder '{site}' is empty. Build the site first (staticbench build).");
        }

        return files;
    }

    /// <summary>Writes the site's blobs and trees into <paramref name="repository"/>.</summary>
    public static Tree Write(Repository repository, string site, IReadOnlyList<string> files)
    {
        var definition = new TreeDefinition();
        foreach (var file in files)
        {
            using var content = File.OpenRead(Path.Combine(site, file));
            definition.Add(file, repository.ObjectDatabase.CreateBlob(content), Mode.NonExecutableFile);
        }

        if (!files.Contains(NoJekyll))
        {
            definition.Add(NoJekyll, repository.ObjectDatabase.CreateBlob(new MemoryStream()), Mode.NonExecutableFile);
        }

        return repository.ObjectDatabase.CreateTree(definition);
    }
}
